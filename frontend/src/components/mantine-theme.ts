import { createTheme, defaultVariantColorsResolver, parseThemeColor, type VariantColorsResolver } from '@mantine/core';

/** The bright palettes whose shade 9 is still below 4.5:1 on their shade 0 (orange 9 is 3.96:1): a darker text of the same hue. */
const darkerText: Readonly<Record<string, string>> = {
  orange: '#a63c0c',
  yellow: '#7a4f00',
  green: '#1f6b30',
  lime: '#3f6b0a',
};

/**
 * Mantine's light and subtle variants put mid-shade text on a tinted background (about 4.3:1 for teal); shade 9 text on
 * shade 0 keeps badges, subtle buttons and menus above the 4.5:1 that WCAG 1.4.3 asks for.
 */
const accessibleVariantColors: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === 'light' || input.variant === 'subtle') {
    const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor && parsed.color !== 'dark' && parsed.color !== 'gray') {
      const text = darkerText[parsed.color] ?? `var(--mantine-color-${parsed.color}-9)`;
      return input.variant === 'light'
        ? { ...colors, color: text, background: `var(--mantine-color-${parsed.color}-0)`, hover: `var(--mantine-color-${parsed.color}-1)` }
        : { ...colors, color: text };
    }
  }
  return colors;
};

/** Colours chosen for WCAG AA contrast on white; focus rings always visible for keyboard users. */
export const vordaTheme = createTheme({
  primaryColor: 'vorda',
  primaryShade: 8,
  colors: {
    vorda: ['#e8f1fa', '#cfe0f2', '#a3c4e6', '#74a6da', '#4d8ccf', '#3579c6', '#2a6ab3', '#1f5a9c', '#1c4e80', '#143a61'],
  },
  focusRing: 'always',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  variantColorResolver: accessibleVariantColors,
  components: {
    Badge: { defaultProps: { tt: 'none' } },
  },
});

/** The field app is used standing at a door with a phone: larger controls by default. */
export const vordaFieldTheme = createTheme({
  ...vordaTheme,
  components: {
    ...vordaTheme.components,
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    Button: { defaultProps: { size: 'md' } },
  },
});
