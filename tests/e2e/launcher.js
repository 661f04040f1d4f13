#!/usr/bin/env node
// Launcher for the `telegram-test-api` Bot API emulator, wrapped by a shim that makes
// python-telegram-bot 22 work against it.
//
// Usage: node launcher.js [--port N] [--host H] [--bot-username NAME] [--bot-name NAME]
//                         [--parent-watch]
//   --port 0 (default, or env E2E_EMULATOR_PORT) picks a free port.
//   --parent-watch exits when stdin closes, so a crashed test runner leaves no orphan.
// On readiness prints one JSON line on stdout: {"ready": true, "host": ..., "port": ...}.
// Exits cleanly (code 0) on SIGTERM / SIGINT.
//
// Layout: one HTTP server owned by this file. Bot API calls (`/bot<token>/<method>`) are
// answered here from the emulator's in-memory storage, fixing what PTB 22 cannot parse
// (getMe without is_bot, dates in ms, null results, no long polling, no chat_instance,
// HTTP 500 for unknown methods). Client calls (`/sendMessage`, `/sendCommand`,
// `/sendCallback`) are validated/enriched and stored through the emulator's own methods;
// `/getUpdates` and `/getUpdatesHistory` go to the emulator's express app unchanged.
// Shim-only extras: `/sendInlineQuery`, `/_shim/calls`, `/_shim/reset`.
'use strict';

const http = require('http');

let TelegramServer;
try {
  TelegramServer = require('telegram-test-api');
} catch (err) {
  process.stderr.write(
    'telegram-test-api is not installed. Run: npm ci --prefix tests/e2e\n',
  );
  process.exit(2);
}

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = {
    port: Number(process.env.E2E_EMULATOR_PORT || 0),
    host: '127.0.0.1',
    botUsername: 'TestNameBot',
    botName: 'Test Bot',
    parentWatch: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      i += 1;
      if (i >= argv.length) throw new Error(`missing value for ${arg}`);
      return argv[i];
    };
    if (arg === '--port') opts.port = Number(next());
    else if (arg === '--host') opts.host = next();
    else if (arg === '--bot-username') opts.botUsername = next();
    else if (arg === '--bot-name') opts.botName = next();
    else if (arg === '--parent-watch') opts.parentWatch = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`invalid port ${opts.port}`);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));

// The emulator is used in-process: its storage and helpers, and its express app as a
// request handler. It never listens itself (its config cannot express port 0) and its
// clean-up daemon stays off, so nothing expires during a test session.
const emu = new TelegramServer({ host: opts.host, port: 1, storeTimeout: 24 * 3600 });

// ---------------------------------------------------------------- state

const chats = new Map(); // String(chat id) -> Chat object seen from the user side
const calls = []; // every Bot API call: {token, method, params, time}
const commands = new Map(); // token|scope|lang -> BotCommand[]
const waiters = new Set(); // pending long-poll getUpdates: {token, wake}
const MAX_CALLS = 20000;
let inlineQueryId = 1;

function botUser(token) {
  const prefix = String(token).split(':')[0];
  const id = /^\d+$/.test(prefix) ? Number(prefix) : 666;
  return { id, is_bot: true, first_name: opts.botName, username: opts.botUsername };
}

function chatFor(chatId) {
  const known = chats.get(String(chatId));
  if (known) return known;
  // Unknown chats are tolerated: tests may send proactively to ids they never wrote from.
  const id = Number(chatId);
  if (!Number.isFinite(id)) return { id: chatId, type: 'channel', title: String(chatId) };
  if (id > 0) return { id, type: 'private', first_name: 'User' };
  return { id, type: String(chatId).startsWith('-100') ? 'supergroup' : 'group', title: 'Group' };
}

function notify(token) {
  for (const waiter of waiters) if (waiter.token === token) waiter.wake();
}

// ---------------------------------------------------------------- request parsing

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// Minimal multipart/form-data parser: PTB uploads files (sendPhoto, sendDocument, ...)
// this way. Files become {filename, size, content_type}; other fields stay strings.
function parseMultipart(buf, boundary) {
  const out = {};
  const delim = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delim);
  while (pos !== -1) {
    const start = pos + delim.length;
    if (buf.slice(start, start + 2).toString() === '--') break;
    const next = buf.indexOf(delim, start);
    if (next === -1) break;
    const part = buf.slice(start + 2, next - 2); // strip leading CRLF and trailing CRLF
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.slice(0, split).toString('utf8');
      const data = part.slice(split + 4);
      const name = /name="([^"]*)"/i.exec(head);
      const filename = /filename="([^"]*)"/i.exec(head);
      const ctype = /content-type:\s*([^\r\n]+)/i.exec(head);
      if (name) {
        out[name[1]] = filename
          ? { filename: filename[1], size: data.length, content_type: ctype ? ctype[1] : null }
          : data.toString('utf8');
      }
    }
    pos = next;
  }
  return out;
}

function parseBody(req, buf) {
  const type = String(req.headers['content-type'] || '').toLowerCase();
  if (buf.length === 0) return {};
  if (type.includes('application/json')) return JSON.parse(buf.toString('utf8'));
  if (type.includes('multipart/form-data')) {
    const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type']);
    return m ? parseMultipart(buf, m[1] || m[2]) : {};
  }
  return Object.fromEntries(new URLSearchParams(buf.toString('utf8')));
}

// PTB form-encodes every non-string value as JSON, so typed fields arrive as strings.
// Decode only fields whose type is known; free text (text, caption, data, ...) stays as is.
const JSON_FIELDS = new Set([
  'reply_markup', 'entities', 'caption_entities', 'reply_parameters', 'link_preview_options',
  'media', 'results', 'commands', 'scope', 'allowed_updates', 'menu_button', 'button',
  'message_ids', 'reaction', 'rights',
]);
const INT_FIELDS = new Set([
  'message_id', 'from_chat_id', 'user_id', 'offset', 'limit', 'timeout', 'message_thread_id',
  'cache_time', 'reply_to_message_id',
]);
const BOOL_FIELDS = new Set([
  'drop_pending_updates', 'disable_notification', 'protect_content', 'show_alert',
  'is_personal', 'disable_web_page_preview', 'allow_sending_without_reply',
]);

function normalizeParams(params) {
  const out = { ...params };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== 'string') continue;
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
      } catch (err) {
        // leave malformed JSON visible to the test
      }
    } else if (INT_FIELDS.has(key) && /^-?\d+$/.test(value)) {
      out[key] = Number(value);
    } else if (BOOL_FIELDS.has(key) && (value === 'true' || value === 'false')) {
      out[key] = value === 'true';
    } else if (key === 'chat_id' && /^-?\d+$/.test(value)) {
      out[key] = Number(value);
    }
  }
  return out;
}

// ---------------------------------------------------------------- responses

function sendJson(res, status, payload) {
  if (res.writableEnded || res.destroyed) return;
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

const ok = (res, result) => sendJson(res, 200, { ok: true, result });
const badRequest = (res, description) =>
  sendJson(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${description}` });

// ---------------------------------------------------------------- bot messages

const MEDIA_FIELDS = ['photo', 'document', 'video', 'animation', 'audio', 'voice', 'sticker'];

function fileInfo(value) {
  // An upload ({filename, size, ...}), a file_id / URL string, or nothing.
  if (value && typeof value === 'object') return value;
  if (typeof value === 'string') return { file: value };
  return {};
}

function mediaObject(kind, info, fileId) {
  const base = { file_id: fileId, file_unique_id: `u${fileId}` };
  if (info.size !== undefined) base.file_size = info.size;
  switch (kind) {
    case 'photo':
      return [{ ...base, width: 800, height: 600 }];
    case 'document':
      return { ...base, file_name: info.filename, mime_type: info.content_type || undefined };
    case 'video':
    case 'animation':
      return { ...base, width: 640, height: 480, duration: 1, file_name: info.filename };
    case 'audio':
    case 'voice':
      return { ...base, duration: 1 };
    case 'sticker':
      return { ...base, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };
    default:
      return base;
  }
}

// Telegram Message as PTB expects it, built from an emulator storage entry.
function toMessage(entry) {
  const m = entry.message;
  const msg = {
    message_id: entry.messageId,
    date: Math.floor(entry.time / 1000), // the emulator stores milliseconds
    chat: chatFor(m.chat_id),
    from: botUser(entry.botToken),
  };
  if (entry.editTime) msg.edit_date = Math.floor(entry.editTime / 1000);
  for (const key of ['text', 'entities', 'caption', 'caption_entities', 'media_group_id']) {
    if (m[key] !== undefined) msg[key] = m[key];
  }
  if (m.message_thread_id !== undefined) msg.message_thread_id = m.message_thread_id;
  for (const kind of MEDIA_FIELDS) {
    if (m[kind] !== undefined) msg[kind] = mediaObject(kind, fileInfo(m[kind]), `f${entry.messageId}`);
  }
  // Telegram echoes only inline keyboards back in the returned Message.
  if (m.reply_markup && m.reply_markup.inline_keyboard) msg.reply_markup = m.reply_markup;
  return msg;
}

function addBotMessage(token, method, params) {
  // addBotMessage stores the params as the "message" and assigns ids; its own return
  // value (date in ms, chat always private) is discarded in favour of toMessage().
  emu.addBotMessage({ ...params, method }, token);
  const entry = emu.storage.botMessages[emu.storage.botMessages.length - 1];
  return toMessage(entry);
}

function findStored(list, chatId, messageId) {
  return list.find((u) => u.messageId === Number(messageId) && (
    u.message && (u.message.chat ? String(u.message.chat.id) : String(u.message.chat_id))
  ) === String(chatId));
}

function editBotMessage(res, token, params, apply) {
  if (params.inline_message_id !== undefined) return ok(res, true);
  const entry = findStored(emu.storage.botMessages, params.chat_id, params.message_id);
  if (!entry || entry.botToken !== token) return badRequest(res, 'message to edit not found');
  const before = JSON.stringify(entry.message);
  const next = { ...entry.message };
  apply(next);
  // Telegram removes the inline keyboard when an edit does not repeat it.
  if (params.reply_markup === undefined) delete next.reply_markup;
  if (JSON.stringify(next) === before) {
    return badRequest(res, 'message is not modified: specified new message content and reply '
      + 'markup are exactly the same as a current content and reply markup of the message');
  }
  entry.message = next;
  entry.editTime = Date.now();
  return ok(res, toMessage(entry));
}

// ---------------------------------------------------------------- getUpdates

function formatUpdate(u) {
  if (u.inlineQuery) return { update_id: u.updateId, inline_query: u.inlineQuery };
  if (u.callbackQuery) {
    const cq = u.callbackQuery;
    const out = {
      id: String(u.callbackId),
      from: cq.from,
      chat_instance: String(cq.chat_instance || `ci${cq.message ? cq.message.chat.id : 0}`),
      data: cq.data,
    };
    if (cq.message) out.message = cq.message;
    if (cq.inline_message_id) out.inline_message_id = cq.inline_message_id;
    return { update_id: u.updateId, callback_query: out };
  }
  const { botToken, ...message } = u.message;
  return { update_id: u.updateId, message: { ...message, message_id: u.messageId } };
}

const UPDATE_KIND = (u) => (u.inlineQuery ? 'inline_query' : u.callbackQuery ? 'callback_query' : 'message');

function pendingUpdates(token, params) {
  const mine = emu.storage.userMessages.filter((u) => u.botToken === token);
  // Telegram semantics: an offset confirms (drops) every update below it; unconfirmed
  // updates are delivered again, so a response lost on the wire loses nothing.
  if (typeof params.offset === 'number' && params.offset > 0) {
    for (const u of mine) if (u.updateId < params.offset) u.isRead = true;
  }
  const allowed = Array.isArray(params.allowed_updates) && params.allowed_updates.length
    ? new Set(params.allowed_updates) : null;
  const out = [];
  for (const u of mine.sort((a, b) => a.updateId - b.updateId)) {
    if (u.isRead) continue;
    if (allowed && !allowed.has(UPDATE_KIND(u))) {
      u.isRead = true;
      continue;
    }
    out.push(u);
  }
  const limit = typeof params.limit === 'number' && params.limit > 0 ? params.limit : 100;
  return out.slice(0, limit).map(formatUpdate);
}

function getUpdates(res, token, params) {
  const first = pendingUpdates(token, params);
  const timeout = typeof params.timeout === 'number' ? params.timeout : 0;
  if (first.length || timeout <= 0) return ok(res, first);
  // Long polling: hold the request until an update arrives or `timeout` elapses.
  const waiter = { token };
  const finish = () => {
    clearTimeout(waiter.timer);
    waiters.delete(waiter);
    res.removeListener('close', onClose);
    ok(res, pendingUpdates(token, params));
  };
  const onClose = () => {
    clearTimeout(waiter.timer);
    waiters.delete(waiter);
  };
  waiter.wake = finish;
  waiter.timer = setTimeout(finish, Math.min(timeout, 60) * 1000);
  waiters.add(waiter);
  res.on('close', onClose);
  return undefined;
}

// ---------------------------------------------------------------- bot API dispatch

const SEND_MEDIA = new Set(MEDIA_FIELDS.map((k) => `send${k}`));

function handleBot(res, token, method, params) {
  calls.push({ token, method, params, time: Date.now() });
  if (calls.length > MAX_CALLS) calls.splice(0, calls.length - MAX_CALLS);
  const name = method.toLowerCase(); // Telegram method names are case-insensitive
  const chatIdRequired = () => {
    if (params.chat_id === undefined || params.chat_id === '') {
      badRequest(res, 'chat_id is empty');
      return false;
    }
    return true;
  };

  switch (name) {
    case 'getme':
      return ok(res, {
        ...botUser(token),
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: true,
        can_connect_to_business: false,
        has_main_web_app: false,
      });
    case 'getupdates':
      return getUpdates(res, token, params);
    case 'deletewebhook':
      if (params.drop_pending_updates) {
        for (const u of emu.storage.userMessages) if (u.botToken === token) u.isRead = true;
      }
      return ok(res, true);
    case 'setwebhook':
      return badRequest(res, 'webhooks are not supported by the e2e emulator; use polling');
    case 'getwebhookinfo':
      return ok(res, {
        url: '',
        has_custom_certificate: false,
        pending_update_count: emu.storage.userMessages
          .filter((u) => u.botToken === token && !u.isRead).length,
      });
    case 'sendmessage':
      if (!chatIdRequired()) return undefined;
      if (typeof params.text !== 'string' || params.text === '') {
        return badRequest(res, 'message text is empty');
      }
      if (params.text.length > 4096) return badRequest(res, 'message is too long');
      return ok(res, addBotMessage(token, method, params));
    case 'sendmediagroup': {
      if (!chatIdRequired()) return undefined;
      const media = Array.isArray(params.media) ? params.media : [];
      const group = `mg${Date.now()}`;
      return ok(res, media.map((item) => {
        const ref = typeof item.media === 'string' && item.media.startsWith('attach://')
          ? params[item.media.slice('attach://'.length)] : item.media;
        return addBotMessage(token, method, {
          chat_id: params.chat_id,
          caption: item.caption,
          parse_mode: item.parse_mode,
          media_group_id: group,
          [item.type]: fileInfo(ref),
        });
      }));
    }
    case 'editmessagetext':
      return editBotMessage(res, token, params, (m) => {
        m.text = params.text;
        for (const key of ['entities', 'parse_mode', 'link_preview_options', 'reply_markup']) {
          if (params[key] === undefined) delete m[key];
          else m[key] = params[key];
        }
      });
    case 'editmessagecaption':
      return editBotMessage(res, token, params, (m) => {
        for (const key of ['caption', 'caption_entities', 'parse_mode', 'reply_markup']) {
          if (params[key] === undefined) delete m[key];
          else m[key] = params[key];
        }
      });
    case 'editmessagereplymarkup':
      return editBotMessage(res, token, params, (m) => {
        if (params.reply_markup === undefined) delete m.reply_markup;
        else m.reply_markup = params.reply_markup;
      });
    case 'deletemessage': {
      const bot = findStored(emu.storage.botMessages, params.chat_id, params.message_id);
      const user = findStored(emu.storage.userMessages, params.chat_id, params.message_id);
      if (!bot && !user) return badRequest(res, 'message to delete not found');
      if (bot) emu.storage.botMessages = emu.storage.botMessages.filter((u) => u !== bot);
      if (user) emu.storage.userMessages = emu.storage.userMessages.filter((u) => u !== user);
      return ok(res, true);
    }
    case 'setmycommands':
    case 'deletemycommands':
    case 'getmycommands': {
      const key = `${token}|${JSON.stringify(params.scope || { type: 'default' })}|${params.language_code || ''}`;
      if (name === 'getmycommands') return ok(res, commands.get(key) || []);
      if (name === 'setmycommands') commands.set(key, params.commands || []);
      else commands.delete(key);
      return ok(res, true);
    }
    case 'getchat': {
      const chat = chatFor(params.chat_id);
      return ok(res, {
        ...chat,
        accent_color_id: 0,
        max_reaction_count: 11,
        accepted_gift_types: {
          unlimited_gifts: false,
          limited_gifts: false,
          unique_gifts: false,
          premium_subscription: false,
        },
      });
    }
    case 'getchatmember': {
      const me = botUser(token);
      if (Number(params.user_id) !== me.id) {
        return ok(res, {
          status: 'member',
          user: { id: Number(params.user_id), is_bot: false, first_name: 'User' },
        });
      }
      return ok(res, {
        status: 'administrator',
        user: me,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: false,
        can_restrict_members: false,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
      });
    }
    case 'getchatadministrators':
      return ok(res, []);
    case 'getchatmembercount':
      return ok(res, 2);
    case 'getmyname':
      return ok(res, { name: opts.botName });
    case 'getmydescription':
      return ok(res, { description: '' });
    case 'getmyshortdescription':
      return ok(res, { short_description: '' });
    case 'getchatmenubutton':
      return ok(res, { type: 'default' });
    default:
      if (SEND_MEDIA.has(name)) {
        if (!chatIdRequired()) return undefined;
        const kind = name.slice('send'.length);
        if (params[kind] === undefined) return badRequest(res, `there is no ${kind} in the request`);
        return ok(res, addBotMessage(token, method, { ...params, [kind]: fileInfo(params[kind]) }));
      }
      // Getters need a real answer; returning `true` would hide a missing feature.
      if (name.startsWith('get')) {
        return badRequest(res, `method ${method} is not supported by the e2e emulator`);
      }
      // setMyCommands-like setters, sendChatAction, answerCallbackQuery, answerInlineQuery,
      // pin/unpin, ...: acknowledged and recorded in the call log.
      return ok(res, true);
  }
}

// ---------------------------------------------------------------- client (user) side

function normalizeUserMessage(body) {
  const token = body.botToken || body.token;
  const from = { id: 1, first_name: 'User', ...(body.from || {}), is_bot: false };
  // A partial chat ({id} only) is completed from what is known about that chat.
  const chat = body.chat
    ? { ...chatFor(body.chat.id), ...body.chat }
    : { id: from.id, type: 'private', first_name: from.first_name };
  const msg = { ...body, botToken: token, from, chat };
  delete msg.token;
  if (typeof msg.date !== 'number' || msg.date <= 0) msg.date = Math.floor(Date.now() / 1000);
  else if (msg.date > 1e11) msg.date = Math.floor(msg.date / 1000); // milliseconds
  if (msg.reply_to_message_id !== undefined) {
    const id = msg.reply_to_message_id;
    delete msg.reply_to_message_id;
    const target = findStored(emu.storage.botMessages, chat.id, id)
      || findStored(emu.storage.userMessages, chat.id, id);
    if (!target) throw new Error(`reply_to_message_id ${id} not found in chat ${chat.id}`);
    msg.reply_to_message = target.message.chat_id !== undefined
      ? toMessage(target) : formatUpdate(target).message;
  }
  chats.set(String(chat.id), chat);
  return msg;
}

async function handleClient(res, path, body) {
  const token = body.botToken || body.token;
  if (!token) return badRequest(res, 'botToken is required');
  const ids = { update_id: emu.updateId };
  if (path === '/sendMessage' || path === '/sendCommand') {
    const msg = normalizeUserMessage(body);
    if (path === '/sendCommand' && !Array.isArray(msg.entities)) {
      return badRequest(res, 'a command needs a bot_command entity');
    }
    ids.message_id = emu.messageId;
    ids.chat_id = msg.chat.id;
    await (path === '/sendCommand' ? emu.addUserCommand(msg) : emu.addUserMessage(msg));
  } else if (path === '/sendCallback') {
    const from = { id: 1, first_name: 'User', ...(body.from || {}), is_bot: false };
    const cq = { data: body.data, from, botToken: token };
    if (body.inline_message_id !== undefined) {
      cq.inline_message_id = String(body.inline_message_id);
      cq.chat_instance = body.chat_instance || `ci${from.id}`;
    } else {
      // The button press refers to a message the bot sent; PTB needs the whole Message.
      const ref = body.message || {};
      const chatId = ref.chat ? ref.chat.id : body.chat_id;
      const entry = findStored(emu.storage.botMessages, chatId, ref.message_id || body.message_id);
      if (!entry || entry.botToken !== token) {
        return badRequest(res, `bot message ${ref.message_id || body.message_id} not found in chat ${chatId}`);
      }
      cq.message = toMessage(entry);
      cq.chat_instance = body.chat_instance || `ci${chatId}`;
    }
    ids.callback_query_id = String(emu.callbackId);
    await emu.addUserCallback(cq);
  } else {
    // /sendInlineQuery: not in the emulator; stored in the same queue.
    const from = { id: 1, first_name: 'User', ...(body.from || {}), is_bot: false };
    const inlineQuery = {
      id: String(inlineQueryId++),
      from,
      query: String(body.query || ''),
      offset: String(body.offset || ''),
    };
    if (body.chat_type) inlineQuery.chat_type = body.chat_type;
    emu.storage.userMessages.push({
      time: Date.now(), botToken: token, updateId: emu.updateId, isRead: false, inlineQuery,
    });
    emu.updateId += 1;
    ids.inline_query_id = inlineQuery.id;
  }
  notify(token);
  return ok(res, ids);
}

// ---------------------------------------------------------------- server

const CLIENT_PATHS = new Set(['/sendMessage', '/sendCommand', '/sendCallback', '/sendInlineQuery']);

async function route(req, res) {
  const url = new URL(req.url, 'http://emulator');
  const raw = await readBody(req);
  let params;
  try {
    params = { ...Object.fromEntries(url.searchParams), ...parseBody(req, raw) };
  } catch (err) {
    return badRequest(res, `cannot parse request body: ${err.message}`);
  }
  const bot = /^\/bot([^/]+)\/([A-Za-z_]+)\/?$/.exec(url.pathname);
  if (bot) return handleBot(res, decodeURIComponent(bot[1]), bot[2], normalizeParams(params));
  if (CLIENT_PATHS.has(url.pathname)) return handleClient(res, url.pathname, params);
  if (url.pathname === '/_shim/calls') {
    const token = params.token || params.botToken;
    return ok(res, calls.filter((c) => !token || c.token === token));
  }
  if (url.pathname === '/_shim/reset') {
    emu.storage.userMessages = [];
    emu.storage.botMessages = [];
    calls.length = 0;
    chats.clear();
    commands.clear();
    return ok(res, true);
  }
  // Everything else (client /getUpdates, /getUpdatesHistory, ...) is the emulator's own.
  req.body = params;
  req._body = true; // tells express' body parsers the body is already read
  emu.webServer(req, res);
  return undefined;
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    process.stderr.write(`emulator shim error on ${req.method} ${req.url}: ${err.stack || err}\n`);
    sendJson(res, 500, { ok: false, error_code: 500, description: `Internal: ${err.message}` });
  });
});
server.keepAliveTimeout = 65000;

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const waiter of waiters) clearTimeout(waiter.timer);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
if (opts.parentWatch) {
  process.stdin.on('end', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
}

server.on('error', (err) => {
  process.stderr.write(`emulator failed to listen: ${err.message}\n`);
  process.exit(1);
});
server.listen(opts.port, opts.host, () => {
  const { port } = server.address();
  process.stdout.write(`${JSON.stringify({ ready: true, host: opts.host, port })}\n`);
});
