/** The most memory this process has held so far, in MB: each build step prints it, for `npm run bench`. */
export const peakMegabytes = () => Math.round(process.resourceUsage().maxRSS / 1024);
