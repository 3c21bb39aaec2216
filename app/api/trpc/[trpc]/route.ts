import { handleTrpcRequest } from "@/server/trpc/http-handler";

export const runtime = "nodejs";

export { handleTrpcRequest as GET, handleTrpcRequest as POST };
