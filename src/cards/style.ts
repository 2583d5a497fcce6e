/** One colour per kind of card, so a glance tells a project from an MOU. */
export const COLOURS = {
  project: 0x2e86de,
  mou: 0xe67e22,
  organisation: 0x27ae60,
  meeting: 0x8e44ad,
  totals: 0xf1c40f,
  list: 0x16a085,
  results: 0x95a5a6,
  about: 0xc0392b,
  help: 0x34495e,
} as const;
