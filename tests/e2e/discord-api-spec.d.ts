// `discord-api-spec/zod` ships JavaScript without type declarations (its schemas are zod/mini
// objects); tests/e2e/validate.ts types the one method it uses.
declare module 'discord-api-spec/zod';
