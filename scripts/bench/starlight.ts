/**
 * The performance anchor: Astro Starlight built cold with the seed letter and N synthetic reports, by the
 * anchor's own script (`starlight-baseline.sh`, kept outside this repository). Its working folder is kept
 * between runs, so Starlight is installed once.
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The anchor's working folder: Starlight's installation, its reports and its last build. */
const work = join(tmpdir(), 'starlight-baseline');

/** The output of Starlight's last build (`starlightBuild`), for weighing its pages. */
export const starlightDist = () => join(work, 'dist');

/** Seconds of Starlight's cold `astro build` with `n` synthetic reports, as the anchor's script measures it. */
export async function starlightBuild(anchor: string, n: number): Promise<number> {
	const { stdout } = await promisify(execFile)('bash', [join(anchor, 'starlight-baseline.sh'), String(n), work], { maxBuffer: 16 * 1024 * 1024 });
	const wall = /cold build: wall ([\d.]+) s/.exec(stdout);
	if (!wall) throw new Error(`starlight-baseline.sh printed no time:\n${stdout.slice(-2000)}`);
	return Number(wall[1]);
}
