// ESM view of `taro-upload-task-types/module` (`import` condition); no globals.
export * from './upload-task.js'
