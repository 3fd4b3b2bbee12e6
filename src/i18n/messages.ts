import * as classPage from './catalogue/class';
import * as options from './catalogue/options';
import * as popup from './catalogue/popup';
import * as shared from './catalogue/shared';
import * as weekly from './catalogue/weekly';
import * as welcome from './catalogue/welcome';

/**
 * The one message catalogue, kept in a file per screen (see ./catalogue). A key lives in exactly one
 * of those files (a test checks it), and each file's nl is checked at compile time to have every en key.
 */
const en = {
  ...shared.en,
  ...popup.en,
  ...options.en,
  ...weekly.en,
  ...welcome.en,
  ...classPage.en,
};

/** Every message key of the extension. */
export type MessageKey = keyof typeof en;

const nl: Record<MessageKey, string> = {
  ...shared.nl,
  ...popup.nl,
  ...options.nl,
  ...weekly.nl,
  ...welcome.nl,
  ...classPage.nl,
};

/** The catalogue, per language. */
export const MESSAGES = { en, nl } as const;
/** The languages the extension speaks. */
export type Language = keyof typeof MESSAGES;
