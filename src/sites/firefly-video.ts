import type { ImageJob } from '../domain/site';
import { MAX_CLIP_SECONDS, MAX_JOB_VIDEOS } from '../domain/video';
import { field } from './image-jobs';

/**
 * Adobe Firefly's partner-model video jobs (`POST firefly-3p.ff.adobe.io/v2/3p-videos/generate-async`:
 * Veo, Sora 2, Kling, Seedance and others), apart from its image jobs (docs/sites.md#adobe-firefly,
 * tests/sites/firefly/SOURCE.txt). The body asks for `duration` seconds; `n` clips when above 1, else
 * one (the web app's own request leaves `n` out).
 */
export function readVideoJob(request: unknown, jobKey: string | null): ImageJob[] {
  if (!jobKey) return [];
  const n = field(request, 'n');
  const clips = typeof n === 'number' && Number.isInteger(n) && n > 1 ? n : 1;
  const duration = field(request, 'duration');
  const seconds =
    typeof duration === 'number' && Number.isInteger(duration) && duration >= 1
      ? Math.min(duration, MAX_CLIP_SECONDS)
      : undefined;
  return [
    {
      jobKey,
      videos: Math.min(clips, MAX_JOB_VIDEOS),
      ...(seconds === undefined ? {} : { durationSec: seconds }),
    },
  ];
}
