/** Types of scripts/start.mjs (plain JavaScript: `npm start` runs it without tsx). */
export function serverBundle(where: { root: string; entry: string; cacheDir: string }): {
  cached(): Promise<string | null>;
  build(): Promise<string>;
};
