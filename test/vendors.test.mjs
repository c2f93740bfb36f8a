// The fake platforms are their vendors' descriptions: data/platforms.json, which the probe's fakes are
// built from, is held against the vendors' own typings (WeChat, Alipay, Douyin), read with the compiler
// API; a typings release that changes the task fails with the change named.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { check, keptWhilePassing } from '../scripts/lib/check.mjs'
import { root } from '../scripts/lib/consumer.mjs'
import { readPlatforms, readTypings, typings, typingsDifferences, vendorDifferences } from '../probe/vendors.mjs'

check(`vendors: data/platforms.json is what the installed typings say of ${Object.entries(typings).map(([platform, { package: name }]) => `${platform} (${name})`).join(', ')}: the task's methods and parameters, the progress and header events, the success result`, () => {
  // Kept while the typings' releases (a published version's files never change), the file, the reader and the compiler are the same.
  const inputs = [`typescript ${ts.version}`, ...Object.values(typings).map(({ package: name }) => join(root, 'node_modules', name, 'package.json')),
    join(root, 'data/platforms.json'), join(root, 'probe/vendors.mjs')]
  return keptWhilePassing('vendors', inputs, () => vendorDifferences())
})

check('vendors: the platforms without typings (swan, qq, jd) name where their description comes from, and each fake covers the same parts', () => {
  const { platforms } = readPlatforms()
  return ['swan', 'qq', 'jd'].flatMap(platform => {
    const { source, task, progressEvent, success } = platforms[platform]
    const problems = []
    if (!source.docs || (source.docs.length === 0 && !source.assumed)) problems.push(`${platform}: no page and no stated assumption`)
    if (!source.notes) problems.push(`${platform}: no notes on what was read`)
    if (!task?.abort || !progressEvent?.fields || !success?.fields) problems.push(`${platform}: the description lacks the task, the progress event or the success result`)
    return problems
  })
})

/** A copy of an installed typings package, with one text replaced in the file that declares the task. */
function drifted(platform, file, from, to) {
  const copy = mkdtempSync(join(tmpdir(), 'drifted-typings-'))
  cpSync(join(root, 'node_modules', typings[platform].package), copy, { recursive: true })
  const path = join(copy, file)
  const text = readFileSync(path, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} no longer has ${JSON.stringify(from)}`)
  writeFileSync(path, text.replace(from, to))
  return copy
}

check('vendors: a typings release that renames Alipay\'s progress field totalBytesWritten fails, naming the field on both sides', () => {
  const copy = drifted('alipay', 'types/lib.my.d.ts', 'totalBytesWritten: number;', 'bytesWritten: number;')
  try {
    const said = typingsDifferences('alipay', readPlatforms().platforms.alipay, readTypings('alipay', copy))
    const expected = [
      'alipay progressEvent: @mini-types/my 3.0.14 has no totalBytesWritten; data/platforms.json has it',
      'alipay progressEvent: @mini-types/my 3.0.14 adds bytesWritten (number)',
    ]
    return JSON.stringify(said) === JSON.stringify(expected) ? [] : [`the check said ${JSON.stringify(said)}, not ${JSON.stringify(expected)}`]
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
})

check('vendors: a typings release that gives Douyin\'s task onHeadersReceived fails, naming the method', () => {
  const copy = drifted('tt', 'api/upload-file.d.ts', '  /** 中断上传任务 */', '  onHeadersReceived: (callback: (data: { header: Record<string, string> }) => void) => void;\n  /** 中断上传任务 */')
  try {
    const said = typingsDifferences('tt', readPlatforms().platforms.tt, readTypings('tt', copy))
    return said.some(problem => problem === 'tt task: @douyin-microapp/typings 1.3.1 adds onHeadersReceived(callback)') ? [] : [`the check said ${JSON.stringify(said)}`]
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
})
