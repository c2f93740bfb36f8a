// Drives the real TypeScript language server (tsserver, what VS Code runs) over its stdio protocol,
// on a consumer file that gets the package the way users do (tsconfig "types"), and asks it what an
// editor shows: completions after `task.`, hover on a method and on a result field, go-to-definition.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { consumerDir, writeJson } from './consumer.mjs'

/** A running tsserver: request(command, args) resolves to the response body. */
function startServer(tsserverPath) {
  const server = spawn(process.execPath, [tsserverPath, '--disableAutomaticTypingAcquisition'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  })
  const waiting = new Map()
  let buffer = Buffer.alloc(0)
  let seq = 0
  server.stdout.on('data', chunk => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const header = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer.toString('latin1', 0, Math.min(buffer.length, 64)))
      if (!header || buffer.length < header[0].length + Number(header[1])) return
      const message = JSON.parse(buffer.toString('utf8', header[0].length, header[0].length + Number(header[1])))
      buffer = buffer.subarray(header[0].length + Number(header[1]))
      if (message.type === 'response' && waiting.has(message.request_seq)) {
        const { resolve, reject } = waiting.get(message.request_seq)
        waiting.delete(message.request_seq)
        if (message.success) resolve(message.body)
        else reject(new Error(`${message.command}: ${message.message}`))
      }
    }
  })
  return {
    request(command, args) {
      const id = ++seq
      server.stdin.write(`${JSON.stringify({ seq: id, type: 'request', command, arguments: args })}\n`)
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }))
    },
    stop: () => server.kill(),
  }
}

const source = `declare const task: Taro.UploadTask
task.onProgressUpdate(res => res.progress)
`

/** Returns the problems found (empty when the editor shows what users should see). */
export async function checkEditor(tsserverPath) {
  const dir = join(consumerDir, 'editor')
  mkdirSync(dir, { recursive: true })
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: { strict: true, noEmit: true, target: 'es2017', module: 'commonjs', lib: ['es2017'], types: ['taro-upload-task-types/global'] },
    files: ['app.ts'],
  })
  const file = join(dir, 'app.ts')
  writeFileSync(file, source)
  // Positions are 1-based line and offset, as in the protocol.
  const at = (line, text, plus = 0) => ({ file, line, offset: source.split('\n')[line - 1].indexOf(text) + 1 + plus })

  const server = startServer(tsserverPath)
  const problems = []
  try {
    await server.request('open', { file, projectRootPath: dir })

    const completions = await server.request('completionInfo', at(2, 'onProgressUpdate'))
    const members = completions.entries.map(entry => entry.name).sort()
    const methods = ['abort', 'headersReceived', 'offHeadersReceived', 'offProgressUpdate', 'onHeadersReceived', 'onProgressUpdate', 'progress']
    if (members.join() !== methods.join()) problems.push(`completions after "task.": ${members.join(', ')}; expected ${methods.join(', ')}`)

    const hover = await server.request('quickinfo', at(2, 'onProgressUpdate'))
    const docs = typeof hover.documentation === 'string' ? hover.documentation : hover.documentation.map(part => part.text).join('')
    const tags = hover.tags.map(tag => `@${tag.name} ${typeof tag.text === 'string' ? tag.text : (tag.text ?? []).map(part => part.text).join('')}`)
    if (!/[\u4e00-\u9fff]/.test(docs) || !/Listen to upload progress/.test(docs)) problems.push(`hover on onProgressUpdate lacks the Chinese or English docs: ${docs}`)
    if (!tags.some(tag => tag.includes('https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html'))) {
      problems.push(`hover on onProgressUpdate lacks the official link: ${tags.join(' | ')}`)
    }
    if (!/onProgressUpdate\(callback: .*OnProgressUpdateCallback\): void/.test(hover.displayString)) problems.push(`hover on onProgressUpdate shows ${hover.displayString}`)

    const field = await server.request('quickinfo', at(2, 'res.progress', 'res.'.length))
    if (!/progress: number$/.test(field.displayString)) problems.push(`hover on res.progress shows "${field.displayString}", not a number`)

    const definitions = await server.request('definition', at(1, 'UploadTask'))
    const landed = definitions.map(definition => definition.file)
    if (landed.length === 0 || !landed.every(path => /node_modules[\\/]taro-upload-task-types[\\/]types[\\/][^\\/]+\.d\.ts$/.test(path))) {
      problems.push(`go-to-definition on Taro.UploadTask lands in ${landed.join(', ') || 'nothing'}, not the published declarations`)
    }
    return { problems, note: `completions: ${members.length} members; definition: ${landed.map(path => path.slice(path.indexOf('taro-upload-task-types'))).join(', ')}` }
  } finally {
    server.stop()
  }
}
