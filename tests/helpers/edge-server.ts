// The local Edge-protocol server lives in scripts/ (the benchmark uses it too); tests import it from here.
export * from '../../scripts/edge-server.ts';
