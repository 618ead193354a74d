import { fileURLToPath } from 'node:url'

/**
 * The package's data folder: the labels files the reading scripts read and write. A path, not a
 * URL's pathname, so that a checkout under a folder with spaces reads it too.
 */
export const dataFolder = fileURLToPath(new URL('../data/', import.meta.url))
