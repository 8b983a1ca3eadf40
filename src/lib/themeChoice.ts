/** The colour themes a reader can pick; "system" follows the operating system's setting. */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** What readers see for each choice in the switcher. */
export const themeChoiceLabels: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** localStorage key of the reader's choice; absent means "system". */
export const THEME_KEY = 'karabakh:theme';

/** A theme choice from untrusted text (storage), falling back to following the system. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/**
 * The only inline script of the site, run in <head> before anything is painted: it puts a stored
 * light or dark choice on <html data-theme>, so a reader who chose a theme other than the
 * system's never sees a flash of the wrong one. A module script cannot do that: modules run after
 * the document is parsed, and Chromium paints long pages before that. Kept tiny and free of data;
 * the build hashes it into the CSP (src/integrations/contentSecurityPolicy.ts). theme-switch.ts
 * applies the same choice again once it loads, so a host whose CSP blocks this script loses only
 * the first paint, not the setting.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
