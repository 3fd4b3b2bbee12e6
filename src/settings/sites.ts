import { disabledSitesItem, DisabledSitesSchema } from '../storage/items';

/** The disabled site ids, parsed with zod so a corrupt stored value cannot break counting. */
export async function disabledSites(): Promise<string[]> {
  const parsed = DisabledSitesSchema.safeParse(await disabledSitesItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** Is counting on for `site`? */
export async function isSiteEnabled(site: string): Promise<boolean> {
  return !(await disabledSites()).includes(site);
}

/** Switches counting on `site` on or off. */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const others = (await disabledSites()).filter((id) => id !== site);
  await disabledSitesItem.setValue(enabled ? others : [...others, site]);
}
