// ESM view of the global entry (`import` condition); same declarations, same globals.
export * from './global.js'
