/** The exit codes (README, « Exit codes »). */
export const EXIT = {
  ok: 0,
  invalid: 1,
  usage: 2,
  bug: 70,
  /** 128 + SIGINT, as shells report a command stopped by Ctrl-C. */
  interrupted: 130,
} as const;
