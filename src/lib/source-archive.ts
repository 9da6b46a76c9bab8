/**
 * Archived copies of sources, as pages show them: a capture the archive gave us (with its date), or
 * without one, the Wayback Machine's search for that address, which is a search and not a capture.
 */

/** The Wayback Machine's list of captures of an address (it may hold none). */
export const archiveLookupUrl = (url: string) => `https://web.archive.org/web/*/${url}`;

/** A 14-digit archive timestamp (`20190312093000`) as the ISO day it names (`2019-03-12`). */
export const archiveDay = (timestamp: string) => `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}`;
