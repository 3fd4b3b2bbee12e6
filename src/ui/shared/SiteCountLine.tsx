import type { Translator } from '../../i18n';
import { siteById } from '../../sites/registry';

/** One site's line in a list: its name, then "10 prompts · 2 images" (images only when there are any). */
export function SiteCountLine({
  testId,
  usage,
  t,
}: {
  testId: string;
  usage: { site: string; prompts: number; images: number };
  t: Translator;
}) {
  return (
    <li data-testid={testId} data-value={usage.prompts + usage.images}>
      <span>{siteById(usage.site)?.name ?? usage.site}</span>{' '}
      <span class="muted">
        {t.plural('promptCount', usage.prompts)}
        {usage.images > 0 && ` · ${t.plural('imageCount', usage.images)}`}
      </span>
    </li>
  );
}
