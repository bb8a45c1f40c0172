/** ANSI styles, or identity functions when colours are off (not a TTY, or NO_COLOR set). */
export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function createColors(enabled: boolean): Colors {
  if (!enabled) return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
  };
}

/** Colours only on a terminal, and never when NO_COLOR is set to anything but the empty string (no-color.org). */
export function useColors(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  return isTTY && !env.NO_COLOR;
}
