// Real Taro projects (test-taro/, laid out in .cache/taro-projects by scripts/prepare.mjs): the root
// entry typing `Taro.uploadFile` beside @tarojs/taro 3.3 to 4.2, under the CLI template's tsconfig, with
// TypeScript 5.9, 6.0 and 7.0 (whose tsconfig needs `moduleResolution: bundler`), two at a time.
import { describe } from 'node:test'
import { check } from '../scripts/lib/check.mjs'
import { checkTaroProjects, taroProjects } from '../scripts/lib/taro-projects.mjs'
import { matrixTsc, projectTsc } from '../scripts/lib/typescript.mjs'

describe('Taro projects', { concurrency: 2 }, () => {
  for (const [tsc, taro] of [[projectTsc, true], [matrixTsc('5.9.3'), false], [matrixTsc('7.0.2'), true]]) {
    const taroPart = taro ? 'Taro\'s own diagnostics exactly as without this package' : 'Taro\'s own files left unchecked (6.0 compares them)'
    check(`Taro projects, TypeScript ${tsc.version}: ${taroProjects.map(project => `${project.name} (@tarojs/taro ${project.taro})`).join(', ')}: src/ compiles, each mistake fails with its code, no diagnostic in our files, ${taroPart}`, async () => {
      const { problems, notes } = await checkTaroProjects(tsc, { taro })
      return { problems, note: notes.join('\n') }
    })
  }
})
