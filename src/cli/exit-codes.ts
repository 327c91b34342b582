// Exit codes of every command (DESIGN.md): scripts rely on them.
export const EXIT_DONE = 0;
/** Done, with problems the user must look at: rows rejected, pairs awaiting review, unknown countries. */
export const EXIT_PROBLEMS = 1;
/** Could not run: bad flags, unreadable file, invalid campaign file. */
export const EXIT_FAILED = 2;
