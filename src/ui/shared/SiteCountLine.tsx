import type { Translator } from '../../i18n';
import { siteById } from '../../sites/registry';
import { countedActions, type SiteCounts } from '../../storage/events';
import { modelName } from './model-names';

/**
 * One site's line in a list: its name, then "10 prompts · 2 images · 1 video" (images and videos only
 * when there are any) and, where known, the model families its prompts used ("GPT-5, o3").
 */
export function SiteCountLine({
  testId,
  usage,
  models = [],
  t,
}: {
  testId: string;
  usage: Pick<SiteCounts, 'site' | 'prompts' | 'images' | 'videos'>;
  models?: readonly string[];
  t: Translator;
}) {
  return (
    <li data-testid={testId} data-value={countedActions(usage)}>
      <span>{siteById(usage.site)?.name ?? usage.site}</span>{' '}
      <span class="muted">
        {t.plural('promptCount', usage.prompts)}
        {usage.images > 0 && ` · ${t.plural('imageCount', usage.images)}`}
        {usage.videos > 0 && ` · ${t.plural('videoCount', usage.videos)}`}
      </span>
      {models.length > 0 && (
        <span class="muted" data-testid={`${testId}-models`} data-value={models.join(' ')}>
          {' '}
          · {models.map(modelName).join(', ')}
        </span>
      )}
    </li>
  );
}
