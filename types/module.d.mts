// ESM view of `taro-upload-task-types/module` (`import` condition); no globals.
export * from './module.js'
