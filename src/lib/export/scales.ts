/** The PNG sizes a view is offered at; on their own so the menu can list them without loading png.ts. */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
