// README's setup file: this project's Taro version and platforms, registered once. Types only: never bundled.
import type {} from 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.0'
    platform: 'weapp' | 'rn'
  }
}
