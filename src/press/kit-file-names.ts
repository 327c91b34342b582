// The names a press kit's files take, shared by the kit's build and by verify, which accepts a kit in a packet folder.

/** The kit's files (and nothing a hand-edited manifest could point outside the folder). */
export const KIT_FILE = /^(poster|card|press-release)-[A-Za-z0-9-]+\.(pdf|png|md|txt)$/;

/** The kit's folder inside a packet folder. */
export const PRESS_FOLDER = 'press';
