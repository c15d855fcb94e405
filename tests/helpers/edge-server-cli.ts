// Runs the local Edge-protocol server (scripts/edge-server.ts) for manual tries:
//   node --import tsx tests/helpers/edge-server-cli.ts [--latency MS] [--ms-per-char MS] [--fault KIND@N[,N…]]…
// KIND is status:CODE (handshake refused), close-mid-turn, stall, empty-audio, truncated-audio or
// latency:MS; N are request numbers (1-based). It prints the proxy URL and the CA file, e.g.
//   NODE_EXTRA_CA_CERTS=/tmp/…/test-ca.pem npm run narrate -- --engine edge --proxy http://127.0.0.1:PORT
// and, on Ctrl-C, a summary of the requests it saw.
import { startEdgeServer, type Fault, type FaultRule } from './edge-server.ts';

function parseFault(spec: string): FaultRule {
  const [kind = '', at = ''] = spec.split('@');
  const [name, arg] = kind.split(':');
  const match = at.split(',').filter(Boolean).map(Number);
  let fault: Fault;
  if (name === 'status') fault = { kind: 'status', status: Number(arg ?? 500) };
  else if (name === 'latency') fault = { kind: 'latency', ms: Number(arg ?? 1000) };
  else if (name === 'close-mid-turn' || name === 'stall' || name === 'empty-audio' || name === 'truncated-audio') fault = { kind: name };
  else throw new Error(`unknown fault "${spec}"`);
  return { match: match.length ? match : () => true, fault };
}

const args = process.argv.slice(2);
const faults: FaultRule[] = [];
let latencyMs: number | undefined;
let msPerChar: number | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const v = args[i + 1] ?? '';
  if (a === '--fault') faults.push(parseFault(v)), i++;
  else if (a === '--latency') (latencyMs = Number(v)), i++;
  else if (a === '--ms-per-char') (msPerChar = Number(v)), i++;
  else throw new Error(`unknown argument ${a}`);
}

const server = await startEdgeServer({ faults, ...(latencyMs !== undefined ? { latencyMs } : {}), ...(msPerChar !== undefined ? { msPerChar } : {}) });
process.stdout.write(`proxy ${server.proxyUrl}\nca ${server.caFile}\n`);
process.stdout.write(`try: NODE_EXTRA_CA_CERTS=${server.caFile} npm run narrate -- --engine edge --proxy ${server.proxyUrl}\n`);

process.on('SIGINT', () => {
  for (const r of server.requests) {
    process.stdout.write(`#${r.n} ${r.status} ${r.voice ?? '-'} ${r.textBytes ?? 0}B ${r.fault ?? ''} ${r.errors.join('; ')}\n`);
  }
  process.stdout.write(`requests ${server.requests.length}, most open at once ${server.maxConcurrent}\n`);
  void server.close().then(() => process.exit(0));
});
