/** How text is emphasised on a terminal: ANSI styles when colour is on, plain text when it is off. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  italic(s: string): string;
  underline(s: string): string;
  strike(s: string): string;
  code(s: string): string;
  /** The embed's left bar, in the embed's colour when there is one. */
  bar(color?: number): string;
}

const ansi = (open: number, close: number) => (s: string) => (s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`);

export const COLOR: Style = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  italic: ansi(3, 23),
  underline: ansi(4, 24),
  strike: ansi(9, 29),
  code: ansi(36, 39),
  bar: (color) =>
    color === undefined
      ? '\x1b[2m│\x1b[22m'
      : `\x1b[38;2;${(color >> 16) & 255};${(color >> 8) & 255};${color & 255}m▌\x1b[39m`,
};

const same = (s: string) => s;
export const PLAIN: Style = {
  bold: same,
  dim: same,
  italic: same,
  underline: same,
  strike: same,
  code: same,
  bar: () => '│',
};

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  return stream.isTTY && !env.NO_COLOR ? COLOR : PLAIN;
}
