// What the probe runs: every Taro line and platform, and for each (line, platform) the published
// package that implements `uploadFile` there, the module to load, and the fake platform it needs.
// Where each runtime lives was first read in the tarballs (see README, "Runtime truth").

/** Every Taro line probed, oldest first: major.minor. */
export const lines = ['1.3', '2.0', '2.1', '2.2', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '4.0', '4.1', '4.2']

/** Every platform probed: the six mini-program platforms, then H5 and React Native. */
export const platforms = ['weapp', 'alipay', 'tt', 'swan', 'qq', 'jd', 'h5', 'rn']

/** The global object each mini-program platform gives its code (`wx.uploadFile`, `my.uploadFile`, ...). */
export const miniGlobals = { weapp: 'wx', alipay: 'my', tt: 'tt', swan: 'swan', qq: 'qq', jd: 'jd' }

/** H5 and React Native: the package, and where (by line) the module that defines uploadFile lives in it. */
const moduleRuntimes = {
  h5: { name: '@tarojs/taro-h5', files: ['src/api/fileTransfer/uploadFile.js', 'dist/api/network/upload.js', 'dist/index.js'] },
  rn: { name: '@tarojs/taro-rn', files: ['dist/api/file/index.js', 'dist/lib/file.js'] },
}

const major = line => Number(line.split('.')[0])
const minor = line => Number(line.split('.')[1])

/**
 * How one (line, platform) is run: `kind` names the fake platform it needs (`global` is the mini-program
 * global), `roots` are the packages the probe fetches at the line's newest patch (their dependencies
 * follow at the versions they declare), and `entry` gives the source of the module the probe bundles.
 * - Mini programs 1.3 to 2.2: `@tarojs/taro-<platform>` sets its API up on load, on the platform's global.
 * - Mini programs 3.0: `@tarojs/taro` picks `lib/<global>.js` by `process.env.TARO_ENV`.
 * - Mini programs 3.1 on: the platform plugin's runtime registers its API, then `@tarojs/taro` sets it up.
 * - H5 and React Native: the module of `@tarojs/taro-h5` / `@tarojs/taro-rn` that defines `uploadFile`,
 *   whose path is the first of `files` the package has (H5 3.3.17 and 3.3.18 publish only their whole
 *   bundle, `dist/index.js`).
 */
export function runtimeOf(line, platform) {
  if (platform in moduleRuntimes) {
    const { name, files } = moduleRuntimes[platform]
    return { kind: platform, roots: [name], files, entry: file => `module.exports = require('${name}/${file}')` }
  }
  const global = miniGlobals[platform]
  if (major(line) < 3) {
    return { kind: 'mini', global, roots: [`@tarojs/taro-${platform}`], entry: () => `module.exports = require('@tarojs/taro-${platform}')` }
  }
  if (major(line) === 3 && minor(line) === 0) {
    return { kind: 'mini', global, roots: ['@tarojs/taro'], entry: () => "module.exports = require('@tarojs/taro')" }
  }
  return {
    kind: 'mini',
    global,
    roots: ['@tarojs/taro', `@tarojs/plugin-platform-${platform}`],
    entry: () => `require('@tarojs/plugin-platform-${platform}/dist/runtime')\nmodule.exports = require('@tarojs/taro')`,
  }
}

/** The line of an exact version: '3.4.1' → '3.4'. */
export const lineOf = version => version.split('.').slice(0, 2).join('.')

/** Compares two exact versions (major.minor.patch), for sorting oldest first. */
export const byVersion = (a, b) => {
  const [x, y] = [a, b].map(version => version.split('.').map(Number))
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
}
