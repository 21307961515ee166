/**
 * Two Syncthing instances ("device A" and "device B") on 127.0.0.1 only, sharing one
 * folder "vault", for tests of what really happens when a team syncs a vault.
 *
 * Every address is loopback: discovery (global and local), relays, NAT, STUN, usage
 * reporting, crash reporting and upgrades are all off, and each device knows the other
 * by its explicit `tcp://127.0.0.1:PORT` address. Each instance has its own home folder
 * under one temporary folder, which `stop()` removes.
 *
 * Every wait here is bounded and polls; nothing sleeps blindly.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const FOLDER_ID = 'vault';
const LOOPBACK = '127.0.0.1';
const POLL_MS = 200;
const START_TIMEOUT_MS = 30_000;
const SYNC_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
/** Lines of each instance's log kept for error messages. */
const LOG_LINES = 60;

export interface SyncDevice {
  /** "A" or "B". */
  label: string;
  deviceId: string;
  /** Syncthing's configuration and database. */
  home: string;
  /** The shared folder on this device. */
  vault: string;
  guiPort: number;
  listenPort: number;
  apiKey: string;
  process?: ChildProcess;
  log: string[];
}

/** The REST answers this helper reads (only the fields it uses). */
interface FolderStatus {
  state: string;
  errors: number;
  pullErrors: number;
  needTotalItems: number;
  localFiles: number;
  globalFiles: number;
}
interface Completion {
  completion: number;
  needItems: number;
  needDeletes: number;
  remoteState?: string;
}
interface Connections {
  connections: Record<string, { connected: boolean; paused: boolean }>;
}

export interface SyncthingPair {
  a: SyncDevice;
  b: SyncDevice;
  /** The temporary folder holding both devices. */
  root: string;
  /** Calls one device's REST API with its API key; returns the parsed JSON answer (or null). */
  api<T = unknown>(device: SyncDevice, method: 'GET' | 'POST' | 'PATCH' | 'PUT', route: string, body?: unknown): Promise<T>;
  /** Scans the shared folder on both devices now (returns when both scans are done). */
  scan(): Promise<void>;
  /** Waits until both devices are connected to each other (or, with false, not connected). */
  waitConnected(connected?: boolean): Promise<void>;
  /** `device` stops talking to `peer` until resume: the two cannot exchange anything. */
  pause(device: SyncDevice, peer: SyncDevice): Promise<void>;
  resume(device: SyncDevice, peer: SyncDevice): Promise<void>;
  /** Scans both sides, then waits until both hold the same files and neither needs anything. */
  waitInSync(timeoutMs?: number): Promise<void>;
  /** Every file in a device's vault (relative path -> SHA-1 of its content), Syncthing's own files left out. */
  listFiles(device: SyncDevice): Promise<Map<string, string>>;
  /** Stops both instances and removes the temporary folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Every process started here, so they are stopped even if a test forgets or Node exits. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/** A free TCP port on 127.0.0.1 (asked of the system, then released for Syncthing to take). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  for (let tries = 0; ports.size < count && tries < 50; tries++) ports.add(await freePort());
  if (ports.size < count) throw new Error(`could not find ${count} free ports on ${LOOPBACK}`);
  return [...ports];
}

/** The environment Syncthing runs in: no proxies (loopback only), no default folder, no upgrades. */
function syncthingEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // No proxy (loopback only), and none of the caller's Syncthing settings except tracing.
    if (/proxy/i.test(key) || (key.startsWith('ST') && key !== 'STTRACE')) continue;
    env[key] = value;
  }
  return { ...env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function deviceXml(device: SyncDevice): string {
  return `    <device id="${device.deviceId}" name="device ${device.label}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>tcp://${LOOPBACK}:${device.listenPort}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
        <untrusted>false</untrusted>
    </device>`;
}

/** The whole config.xml of one device: written from scratch so nothing is left at a default that talks to the internet. */
function configXml(version: string, self: SyncDevice, peer: SyncDevice): string {
  return `<configuration version="${version}">
    <folder id="${FOLDER_ID}" label="${FOLDER_ID}" path="${escapeXml(self.vault)}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${self.deviceId}" introducedBy=""></device>
        <device id="${peer.deviceId}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <versioning></versioning>
        <paused>false</paused>
        <markerName>.stfolder</markerName>
        <maxConflicts>10</maxConflicts>
    </folder>
${deviceXml(self)}
${deviceXml(peer)}
    <gui enabled="true" tls="false" debugging="false">
        <address>${LOOPBACK}:${self.guiPort}</address>
        <apikey>${self.apiKey}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://${LOOPBACK}:${self.listenPort}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <upgradeToPreReleases>false</upgradeToPreReleases>
        <crashReportingEnabled>false</crashReportingEnabled>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <announceLANAddresses>false</announceLANAddresses>
        <reconnectionIntervalS>5</reconnectionIntervalS>
        <restartOnWakeup>false</restartOnWakeup>
        <setLowPriority>false</setLowPriority>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
`;
}

/** Waits until `check` returns undefined (done) or throws after `timeoutMs` with the last reason it gave. */
export async function pollUntil(what: string, timeoutMs: number, check: () => Promise<string | undefined>, logs: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let reason = 'not checked yet';
  for (;;) {
    try {
      const result = await check();
      if (result === undefined) return;
      reason = result;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      throw new Error(`Gave up after ${Math.round(timeoutMs / 1000)} s waiting for ${what}: ${reason}${logs()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Syncthing's own files in a folder: the folder marker and its temporary files. */
function isSyncthingFile(relative: string): boolean {
  const name = relative.split('/').pop() ?? relative;
  return relative === '.stfolder' || relative.startsWith('.stfolder/') || /^(\.syncthing\.|~syncthing~).*\.tmp$/.test(name);
}

async function hashFiles(root: string, relative: string, into: Map<string, string>): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  } catch (error) {
    // A folder can vanish between listing and reading while Syncthing works; the next poll sees it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (isSyncthingFile(child)) continue;
    if (entry.isDirectory()) await hashFiles(root, child, into);
    else if (entry.isFile()) {
      try {
        into.set(child, createHash('sha1').update(await fs.readFile(path.join(root, child))).digest('hex'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}

function describeDifference(a: Map<string, string>, b: Map<string, string>): string | undefined {
  const onlyA = [...a.keys()].filter((key) => !b.has(key));
  const onlyB = [...b.keys()].filter((key) => !a.has(key));
  const differ = [...a.keys()].filter((key) => b.has(key) && b.get(key) !== a.get(key));
  if (onlyA.length + onlyB.length + differ.length === 0) return undefined;
  const parts = [];
  if (onlyA.length) parts.push(`only on A: ${onlyA.join(', ')}`);
  if (onlyB.length) parts.push(`only on B: ${onlyB.join(', ')}`);
  if (differ.length) parts.push(`different content: ${differ.join(', ')}`);
  return parts.join('; ');
}

/**
 * Starts the two devices, connected to each other and sharing "vault". `seedA` fills device
 * A's vault before Syncthing starts; device B's starts empty.
 */
export async function startSyncthingPair(program: string, options: { seedA?: (vault: string) => Promise<void> } = {}): Promise<SyncthingPair> {
  installExitHook();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'coprod-sync-'));
  const [guiA, guiB, listenA, listenB] = await distinctFreePorts(4);
  const device = (label: string, guiPort: number, listenPort: number): SyncDevice => ({
    label,
    deviceId: '',
    home: path.join(root, `device-${label}`, 'home'),
    vault: path.join(root, `device-${label}`, 'vault'),
    guiPort,
    listenPort,
    apiKey: randomBytes(16).toString('hex'),
    log: [],
  });
  const a = device('A', guiA!, listenA!);
  const b = device('B', guiB!, listenB!);
  let stopped = false;

  const logsOf = (): string =>
    [a, b].map((d) => `\n--- last lines of device ${d.label}'s Syncthing log ---\n${d.log.join('\n')}`).join('');

  async function api<T = unknown>(target: SyncDevice, method: 'GET' | 'POST' | 'PATCH' | 'PUT', route: string, body?: unknown): Promise<T> {
    const response = await fetch(`http://${LOOPBACK}:${target.guiPort}${route}`, {
      method,
      headers: { 'X-API-Key': target.apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(SYNC_TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`device ${target.label}: ${method} ${route} answered ${response.status} ${text.trim()}`);
    return (text.trim() === '' ? null : JSON.parse(text)) as T;
  }

  async function stopProcess(target: SyncDevice): Promise<void> {
    const child = target.process;
    if (!child) return;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
      if ((await Promise.race([exited, timer])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    }
    running.delete(child);
  }

  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    try {
      await Promise.all([stopProcess(a), stopProcess(b)]);
    } finally {
      await fs.rm(root, { recursive: true, force: true, maxRetries: 3 });
    }
  }

  async function listFiles(target: SyncDevice): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    await hashFiles(target.vault, '', files);
    return new Map([...files].sort(([x], [y]) => x.localeCompare(y)));
  }

  async function scan(): Promise<void> {
    await Promise.all([a, b].map((target) => api(target, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`)));
  }

  async function connectedTo(target: SyncDevice, peer: SyncDevice): Promise<boolean> {
    const { connections } = await api<Connections>(target, 'GET', '/rest/system/connections');
    return connections[peer.deviceId]?.connected === true;
  }

  async function waitConnected(connected = true): Promise<void> {
    await pollUntil(connected ? 'the devices to connect' : 'the devices to disconnect', START_TIMEOUT_MS, async () => {
      const states = await Promise.all([connectedTo(a, b), connectedTo(b, a)]);
      return states.every((state) => state === connected) ? undefined : `connected: A->B ${states[0]}, B->A ${states[1]}`;
    }, logsOf);
  }

  /** Why the two sides are not in sync yet, or undefined when they are. */
  async function notInSyncBecause(): Promise<string | undefined> {
    for (const [target, peer] of [[a, b], [b, a]] as const) {
      if (!(await connectedTo(target, peer))) return `device ${target.label} is not connected to device ${peer.label}`;
      const status = await api<FolderStatus>(target, 'GET', `/rest/db/status?folder=${FOLDER_ID}`);
      if (status.state !== 'idle') return `device ${target.label}'s folder is ${status.state}`;
      if (status.errors > 0 || status.pullErrors > 0) return `device ${target.label} has ${status.errors || status.pullErrors} sync errors`;
      if (status.needTotalItems > 0) return `device ${target.label} still needs ${status.needTotalItems} items`;
      const completion = await api<Completion>(target, 'GET', `/rest/db/completion?folder=${FOLDER_ID}&device=${peer.deviceId}`);
      if (completion.completion !== 100 || completion.needItems > 0 || completion.needDeletes > 0) {
        return `device ${target.label} sees device ${peer.label} at ${completion.completion}% (needs ${completion.needItems} items, ${completion.needDeletes} deletes)`;
      }
      const files = await listFiles(target);
      if (status.localFiles !== files.size || status.globalFiles !== files.size) {
        return `device ${target.label} has ${files.size} files on disk, ${status.localFiles} in its index, ${status.globalFiles} globally`;
      }
    }
    return describeDifference(await listFiles(a), await listFiles(b));
  }

  async function waitInSync(timeoutMs = SYNC_TIMEOUT_MS): Promise<void> {
    await scan();
    // Two clean looks in a row, so a change that is just arriving is not mistaken for the end.
    let clean = 0;
    await pollUntil('the two vaults to be in sync', timeoutMs, async () => {
      const reason = await notInSyncBecause();
      clean = reason === undefined ? clean + 1 : 0;
      return clean >= 2 ? undefined : (reason ?? 'checking once more that nothing changed');
    }, logsOf);
  }

  async function pause(target: SyncDevice, peer: SyncDevice): Promise<void> {
    await api(target, 'POST', `/rest/system/pause?device=${peer.deviceId}`);
    await waitConnected(false);
  }

  async function resume(target: SyncDevice, peer: SyncDevice): Promise<void> {
    await api(target, 'POST', `/rest/system/resume?device=${peer.deviceId}`);
    await waitConnected(true);
  }

  const configVersion = new Map<SyncDevice, string>();
  try {
    for (const target of [a, b]) {
      await fs.mkdir(target.home, { recursive: true });
      await run(program, ['generate', `--home=${target.home}`, '--no-default-folder'], { env: syncthingEnv(), timeout: START_TIMEOUT_MS });
      const generated = await fs.readFile(path.join(target.home, 'config.xml'), 'utf8');
      const id = /<device id="([A-Z0-9-]{63})"/.exec(generated)?.[1];
      if (!id) throw new Error(`syncthing generate wrote no device id in ${target.home}/config.xml`);
      target.deviceId = id;
      // Keep the config version this Syncthing writes, so it does not migrate our config.
      configVersion.set(target, /<configuration version="(\d+)"/.exec(generated)?.[1] ?? '36');
      await fs.mkdir(path.join(target.vault, '.stfolder'), { recursive: true });
    }
    if (options.seedA) await options.seedA(a.vault);
    for (const [target, peer] of [[a, b], [b, a]] as const) {
      await fs.writeFile(path.join(target.home, 'config.xml'), configXml(configVersion.get(target) ?? '36', target, peer));
    }
    // One after the other: B starts once A listens, so B's first dial finds A (no retry wait).
    for (const target of [a, b]) {
      const child = spawn(program, ['serve', `--home=${target.home}`, '--no-browser', '--no-restart', '--no-upgrade', '--logflags=0'], {
        env: syncthingEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      running.add(child);
      target.process = child;
      const keep = (chunk: Buffer) => {
        target.log.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim() !== ''));
        if (target.log.length > LOG_LINES) target.log.splice(0, target.log.length - LOG_LINES);
      };
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      child.once('exit', (code, signal) => {
        running.delete(child);
        if (!stopped) target.log.push(`(Syncthing exited early: code ${code}, signal ${signal})`);
      });
      await pollUntil(`device ${target.label}'s Syncthing to answer on ${LOOPBACK}:${target.guiPort}`, START_TIMEOUT_MS, async () => {
        if (target.process?.exitCode !== null || target.process.signalCode !== null) return 'Syncthing has exited';
        await api(target, 'GET', '/rest/system/ping');
        return undefined;
      }, logsOf);
    }
    await waitConnected(true);
  } catch (error) {
    await stop();
    throw error;
  }

  return { a, b, root, api, scan, waitConnected, pause, resume, waitInSync, listFiles, stop };
}
