import { join } from 'node:path'
import { root } from './consumer.mjs'

/** The project's own TypeScript (the devDependency), as a command for the checks. */
export const projectTsc = [process.execPath, join(root, 'node_modules/typescript/bin/tsc')]
