// The entry of a render thread. Worker threads do not inherit the TypeScript loader the build
// runs with (tsx): register it here, then start the worker.
import { register } from 'tsx/esm/api'

register()
await import('./render-worker.ts')
