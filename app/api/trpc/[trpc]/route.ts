import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createHttpContext } from "@/server/trpc/http-context";
import { appRouter } from "@/server/trpc/root";

export const runtime = "nodejs";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createHttpContext(req, resHeaders),
  });

export { handler as GET, handler as POST };
