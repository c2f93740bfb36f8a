// `taro-upload-task-types/module`: every type of the package as module exports, with no global and no
// augmentation of Taro's types: the documented interface (upload-task.d.ts) and what `Taro.uploadFile` really returns
// by Taro line and platform (runtime.d.ts), for libraries and for code that names its line and platforms.
// The lines before 3.3, which the root entry does not type, added to the runtime types' tables.
import type {} from './runtime-data-older'

export * from './upload-task'
export * from './runtime'
