/** The accent colour of the store's header and icons: the manifest's theme_color and the page's theme-color. */
export const THEME_COLOR = '#1f6f6b';
