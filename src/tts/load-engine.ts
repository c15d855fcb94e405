// Engines are loaded lazily by name so the offline path never loads the network stack and vice
// versa. Kept apart from engine.ts, which the engines import for their types: no import cycle.
import type { EngineName } from '../model.ts';
import type { Engine, EngineOptions } from './engine.ts';

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
