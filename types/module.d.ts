// `taro-upload-task-types/module`: every type of the package as module exports, with no global and no
// augmentation: the documented interface (upload-task.d.ts) and what `Taro.uploadFile` really returns
// by Taro line and platform (runtime.d.ts), for libraries and for code that names its line and platforms.
export * from './upload-task'
export * from './runtime'
