// ESM view of the root entry (`import` condition); same declarations, same augmentation of @tarojs/taro.
export * from './index.js'
