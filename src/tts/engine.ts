// The engine registry: engines are loaded lazily by name so the offline path never loads the network
// stack and vice versa. The interface itself is in engine-types.ts.
import type { EngineName } from '../model.ts';
import type { Engine, EngineOptions } from './engine-types.ts';

export type { Engine, EngineOptions, SynthesisRequest } from './engine-types.ts';

export async function loadEngine(name: EngineName, options: EngineOptions): Promise<Engine> {
  switch (name) {
    case 'flite': {
      const { createFliteEngine } = await import('./flite.ts');
      return createFliteEngine(options);
    }
    case 'edge': {
      const { createEdgeEngine } = await import('./edge.ts');
      return createEdgeEngine(options);
    }
  }
}
