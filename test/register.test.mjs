// Register, as users write it: right registrations type the upload; each wrong one is an error at every
// use of the upload whose message names the field, the value and what is accepted, with skipLibCheck off
// and on (programs/register, copied once per case).
import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../scripts/lib/check.mjs'
import { compile } from '../scripts/lib/expect-errors.mjs'
import { programDir } from '../scripts/lib/programs.mjs'
import { projectTsc } from '../scripts/lib/typescript.mjs'

const taroAccepted = "a string: a line the probe executed, '1.3' to '4.2', or a published release of one, such as '4.2.0'"
const platformAccepted = "'weapp' | 'alipay' | 'tt' | 'swan' | 'qq' | 'jd' | 'h5' | 'rn', every platform the project ships"

/** Each case: the body of interface Register, and the RegisterProblem its uses must name (none: it is right). */
const cases = [
  { register: "taro: '4.1'; platform: 'weapp'" },
  { register: "taro: '4.1.9'; platform: 'weapp' | 'h5'" },
  { register: "taro: '3.6.40'; platform: 'weapp' | 'alipay' | 'tt' | 'swan' | 'qq' | 'jd'" },
  { register: "platform: 'h5'" },
  { register: "taro: '4.3'; platform: 'weapp'", problem: `RegisterProblem<"taro", "4.3", "${taroAccepted}">` },
  { register: "taro: '5.0'; platform: 'weapp'", problem: `RegisterProblem<"taro", "5.0", "${taroAccepted}">` },
  { register: "taro: '4.1.3'; platform: 'weapp'", problem: `RegisterProblem<"taro", "4.1.3", "${taroAccepted}">` },
  { register: "taro: 'v4.2'; platform: 'weapp'", problem: `RegisterProblem<"taro", "v4.2", "${taroAccepted}">` },
  { register: "taro: 4.1; platform: 'weapp'", problem: `RegisterProblem<"taro", 4.1, "${taroAccepted}">` },
  { register: "taro: '^4.2.1'; platform: 'weapp'", problem: `RegisterProblem<"taro", "^4.2.1", "${taroAccepted}">` },
  { register: "taro: '4.2'; platform: 'wechat'", problem: `RegisterProblem<"platform", "wechat", "${platformAccepted}">` },
  { register: "taro: '4.2'; platform: 'wechat' | 'h5'", problem: `RegisterProblem<"platform", "wechat", "${platformAccepted}">` },
  { register: "taro: '4.2'; platform: 'quickapp'", problem: `RegisterProblem<"platform", "quickapp", "a platform the probe has executed; this one it has not: ${platformAccepted}">` },
  { register: "taro: '4.2'; platform: 'weapp' | 'quickapp'", problem: `RegisterProblem<"platform", "quickapp", "a platform the probe has executed; this one it has not: ${platformAccepted}">` },
  { register: "taro: '4.2'; platforms: 'weapp'", problem: 'RegisterProblem<"platforms", "weapp", "only the fields taro and platform">' },
]

/** The uses of the upload in use.ts: each must report the problem (the await, then the destructured data). */
const uses = ['test-d/register/use.ts(5,', 'test-d/register/use.ts(7,']

check(`Register (programs/register, TypeScript ${projectTsc.version}, skipLibCheck off and on): ${cases.filter(c => !c.problem).length} right registrations compile; each of ${cases.filter(c => c.problem).length} wrong ones (a line or release the probe did not execute or that was never published, v4.2, a number, a range, an unknown platform alone or in a union, a platform the probe has not executed, an unknown field) is an error at each use naming the field, the value and what is accepted`, async () => {
  const configs = cases.flatMap((c, index) => {
    const dir = `${programDir('register')}-case-${index + 1}`
    rmSync(dir, { recursive: true, force: true })
    cpSync(programDir('register'), dir, { recursive: true })
    writeFileSync(join(dir, 'register.d.ts'), `import type {} from 'taro-upload-task-types'\n\ndeclare module 'taro-upload-task-types' {\n  interface Register { ${c.register} }\n}\n`)
    return [join(dir, 'tsconfig.json'), join(dir, 'tsconfig.skip-lib-check.json')]
  })
  // Taro's own files report errors of their own under strict settings; they are not checked (ours are).
  const outputs = await compile(projectTsc, configs, { skipInstalled: true })
  return cases.flatMap((c, index) => [0, 1].flatMap(skip => {
    const output = outputs[index * 2 + skip]
    const where = `Register { ${c.register} } (skipLibCheck ${skip ? 'on' : 'off'})`
    const errors = output.split('\n').filter(line => / error TS\d+/.test(line))
    if (!c.problem) return errors.map(line => `${where}: unexpected ${line}`)
    const missing = uses.filter(use => !errors.some(line => line.startsWith(use) && line.includes(c.problem)))
    const other = errors.filter(line => !uses.some(use => line.startsWith(use)))
    return [
      ...missing.map(use => `${where}: no error naming ${c.problem} at ${use}; tsc said:\n${errors.join('\n') || '(nothing)'}`),
      ...other.map(line => `${where}: unexpected ${line}`),
    ]
  }))
})
