import type {
  APIApplicationCommandOption,
  APIApplicationCommandOptionChoice,
  LocalizationMap,
} from 'discord-api-types/v10';
import type { Dataset } from '../dataset/index.js';
import { formatDate, messages } from './catalogue.js';
import { LOCALISED, type Locale, type LocalisedLocale } from './locale.js';

/**
 * What Discord's Chinese clients show for each command: localised names and descriptions on every
 * command, option and choice (Discord still sends the English names, so routing is unchanged).
 * Names follow Discord's rule (1–32 characters of letters, digits, `-` or `_`; Chinese has no case).
 * Commands and options are keyed by their English names; a command or option missing here is
 * caught by tests/i18n/commands.test.ts, which walks every definition.
 */
interface Texts {
  name: string;
  description: string;
}
interface CommandTexts extends Texts {
  options?: Readonly<Record<string, Texts>>;
}
type CommandTable = Readonly<Record<string, CommandTexts>>;

const HIDE_CN: Texts = { name: '隐藏', description: '只让你自己看到回答' };
const HIDE_TW: Texts = { name: '隱藏', description: '只讓你自己看到回答' };

export const COMMAND_TEXTS: Readonly<Record<LocalisedLocale, CommandTable>> = {
  'zh-CN': {
    project: {
      name: '项目',
      description: '查找智慧城市合作的联合项目：合作方、会议、内容、相关谅解备忘录',
      options: {
        query: { name: '查询', description: '项目、合作方或主题，例如 quikbot、储能、北京大学' },
        hide: HIDE_CN,
      },
    },
    mou: {
      name: '备忘录',
      description: '查找谅解备忘录：签署方、签署时间、附件A分组、相关项目',
      options: { query: { name: '查询', description: '签署方或主题，例如 吉宝 北京大学、capitaland' }, hide: HIDE_CN },
    },
    partner: {
      name: '合作方',
      description: '查找合作方：所属国家、签署的每份谅解备忘录、参与的每个项目',
      options: {
        name: { name: '名称', description: '公司、大学或机构，例如 北京大学、capitaland、NTU' },
        hide: HIDE_CN,
      },
    },
    partners: {
      name: '合作方列表',
      description: '哪些合作方签署了谅解备忘录：按备忘录分组，可按国家、会议或附件A分组筛选',
      options: {
        country: { name: '国家', description: '只看有该国合作方的谅解备忘录' },
        meeting: { name: '会议', description: '只看在该次会议上签署的谅解备忘录' },
        pillar: { name: '分组', description: '只看附件A中该分组的谅解备忘录' },
        hide: HIDE_CN,
      },
    },
    totals: {
      name: '总数',
      description: '项目和谅解备忘录有多少：公布的总数与已收录的记录并列',
      options: { meeting: { name: '会议', description: '只看一次会议（0 = 创始谅解备忘录）' }, hide: HIDE_CN },
    },
    meeting: {
      name: '会议',
      description: '一次联合执委会会议：日期、地点、联合主席、签署和启动的内容',
      options: { number: { name: '届次', description: '哪一次会议（0 = 创始谅解备忘录）' }, hide: HIDE_CN },
    },
    search: {
      name: '搜索',
      description: '搜索全部：项目、谅解备忘录、合作方和会议',
      options: { query: { name: '查询', description: '任意词语：名称、缩写或主题' }, hide: HIDE_CN },
    },
    about: { name: '关于', description: '智慧城市合作是什么、数据涵盖的范围和来源' },
    help: { name: '帮助', description: '所有命令及示例' },
    ask: {
      name: '提问',
      description: '用自己的话提问有关新中（深圳）智慧城市合作的问题',
      options: {
        question: { name: '问题', description: '例如“签署了多少份谅解备忘录？”或“谁和吉宝签署了备忘录？”' },
        hide: HIDE_CN,
      },
    },
  },
  'zh-TW': {
    project: {
      name: '項目',
      description: '查找智慧城市合作的聯合項目：合作方、會議、內容、相關諒解備忘錄',
      options: {
        query: { name: '查詢', description: '項目、合作方或主題，例如 quikbot、儲能、北京大學' },
        hide: HIDE_TW,
      },
    },
    mou: {
      name: '備忘錄',
      description: '查找諒解備忘錄：簽署方、簽署時間、附件A分組、相關項目',
      options: { query: { name: '查詢', description: '簽署方或主題，例如 吉寶 北京大學、capitaland' }, hide: HIDE_TW },
    },
    partner: {
      name: '合作方',
      description: '查找合作方：所屬國家、簽署的每份諒解備忘錄、參與的每個項目',
      options: {
        name: { name: '名稱', description: '公司、大學或機構，例如 北京大學、capitaland、NTU' },
        hide: HIDE_TW,
      },
    },
    partners: {
      name: '合作方列表',
      description: '哪些合作方簽署了諒解備忘錄：按備忘錄分組，可按國家、會議或附件A分組篩選',
      options: {
        country: { name: '國家', description: '只看有該國合作方的諒解備忘錄' },
        meeting: { name: '會議', description: '只看在該次會議上簽署的諒解備忘錄' },
        pillar: { name: '分組', description: '只看附件A中該分組的諒解備忘錄' },
        hide: HIDE_TW,
      },
    },
    totals: {
      name: '總數',
      description: '項目和諒解備忘錄有多少：公布的總數與已收錄的記錄並列',
      options: { meeting: { name: '會議', description: '只看一次會議（0 = 創始諒解備忘錄）' }, hide: HIDE_TW },
    },
    meeting: {
      name: '會議',
      description: '一次聯合執委會會議：日期、地點、聯合主席、簽署和啟動的內容',
      options: { number: { name: '屆次', description: '哪一次會議（0 = 創始諒解備忘錄）' }, hide: HIDE_TW },
    },
    search: {
      name: '搜尋',
      description: '搜尋全部：項目、諒解備忘錄、合作方和會議',
      options: { query: { name: '查詢', description: '任意詞語：名稱、縮寫或主題' }, hide: HIDE_TW },
    },
    about: { name: '關於', description: '智慧城市合作是什麼、資料涵蓋的範圍和來源' },
    help: { name: '說明', description: '所有指令及範例' },
    ask: {
      name: '提問',
      description: '用自己的話提問有關新中（深圳）智慧城市合作的問題',
      options: {
        question: { name: '問題', description: '例如「簽署了多少份諒解備忘錄？」或「誰和吉寶簽署了備忘錄？」' },
        hide: HIDE_TW,
      },
    },
  },
};

/** Localised names of option choices, by the option they belong to: the choices are built from the data. */
type ChoiceNamer = (value: string | number, locale: LocalisedLocale, dataset: Dataset) => string | undefined;

const meetingChoice: ChoiceNamer = (value, locale, dataset) => {
  const m = dataset.meetings.find((x) => x.number === Number(value));
  return m
    ? `${m.number} · ${messages(locale).meeting.name(m.number)}（${formatDate(m.date.value, locale)}）`
    : undefined;
};

const CHOICE_NAMES: Readonly<Record<string, ChoiceNamer>> = {
  meeting: meetingChoice,
  number: meetingChoice,
  country: (value, locale) => messages(locale).country[String(value)],
  pillar: (value, locale, dataset) => {
    const group = dataset.initiative.mouGroups.find((g) => g.id === value);
    const zh = messages(locale).mouGroup[String(value)];
    // The group's heading is the source's: shown beside the rendering, not replaced by it.
    return group && zh ? `${zh}（${group.label}）` : undefined;
  },
};

const CHOICE_NAME_MAX = 100;

/** An option choice's name as a reader of `locale` sees it in Discord's client (for notes that list the choices). */
export function choiceName(
  option: string,
  choice: { name: string; value: string | number },
  locale: Locale,
  dataset: Dataset,
): string {
  if (locale === 'en') return choice.name;
  return CHOICE_NAMES[option]?.(choice.value, locale, dataset)?.slice(0, CHOICE_NAME_MAX) ?? choice.name;
}

function localised(texts: (locale: LocalisedLocale) => string | undefined): LocalizationMap | undefined {
  const out: LocalizationMap = {};
  for (const locale of LOCALISED) {
    const t = texts(locale);
    if (t) out[locale] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

function localiseOption(
  command: string,
  option: APIApplicationCommandOption,
  dataset: Dataset,
): APIApplicationCommandOption {
  const texts = (locale: LocalisedLocale) => COMMAND_TEXTS[locale][command]?.options?.[option.name];
  const out = { ...option } as APIApplicationCommandOption & { choices?: APIApplicationCommandOptionChoice[] };
  const names = localised((l) => texts(l)?.name);
  const descriptions = localised((l) => texts(l)?.description);
  if (names) out.name_localizations = names;
  if (descriptions) out.description_localizations = descriptions;
  const namer = CHOICE_NAMES[option.name];
  if (out.choices && namer)
    out.choices = out.choices.map((c) => {
      const map = localised((l) => namer(c.value, l, dataset)?.slice(0, CHOICE_NAME_MAX));
      return (map ? { ...c, name_localizations: map } : c) as APIApplicationCommandOptionChoice;
    });
  return out;
}

/** A command's definition with its Chinese names and descriptions added (a copy; the input is not changed). */
export function localiseDefinition<
  D extends { name: string; description: string; options?: APIApplicationCommandOption[] },
>(definition: D, dataset: Dataset): D {
  const texts = (locale: LocalisedLocale) => COMMAND_TEXTS[locale][definition.name];
  const out: D & { name_localizations?: LocalizationMap; description_localizations?: LocalizationMap } = {
    ...definition,
  };
  const names = localised((l) => texts(l)?.name);
  const descriptions = localised((l) => texts(l)?.description);
  if (names) out.name_localizations = names;
  if (descriptions) out.description_localizations = descriptions;
  if (definition.options) out.options = definition.options.map((o) => localiseOption(definition.name, o, dataset));
  return out;
}
