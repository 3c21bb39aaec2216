"use client";
/**
 * The occlusion tool: the moderator paints over part of an image (Konva brush) and the image's
 * fused score is recomputed in the browser by onnxruntime-web running the server's image encoder
 * and fusion head (components/review/occlusion-model.ts). Painted pixels become the ImageNet mean
 * colour, i.e. zero input. Shows per category: stored score · in-browser before → after.
 * Loaded lazily (next/dynamic, no SSR) by the heatmap viewer's "Occlude" toggle.
 */
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Image as KImage, Layer, Line, Rect, Stage } from "react-konva";
import type Konva from "konva";
import { CATEGORIES } from "@/server/taxonomy";
import { useTRPC } from "../trpc";
import type { ViewerImage } from "./heatmap-viewer";
import {
  applyMask,
  cropGeometry,
  decodeImage,
  loadOcclusionModels,
  MEAN_RGB,
  rasteriseStrokes,
  rgbaToTensor,
  rgbToTensor,
  scoreTensor,
  type HeadInputs,
  type OcclusionModels,
  type Stroke,
} from "./occlusion-model";

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const fmt = (v: number | undefined | null) => (v == null ? "—" : v.toFixed(3));

export default function OcclusionTool({ itemId, image, width = 420 }: { itemId: string; image: ViewerImage; width?: number }) {
  const trpc = useTRPC();
  const inputs = useQuery({ ...trpc.occlusion.headInputs.queryOptions({ itemId }), staleTime: Infinity });
  const pixels = useQuery({ ...trpc.occlusion.pixels.queryOptions({ itemId, position: image.position }), staleTime: Infinity, retry: false });
  const height = Math.round((width * image.height) / Math.max(1, image.width));
  const [photo, setPhoto] = useState<HTMLImageElement | null>(null);
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [radius, setRadius] = useState(0.06);
  const drawing = useRef(false);
  const [state, setState] = useState<"loading" | "ready" | "error">("loading");
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<"server-crop" | "browser" | null>(null);
  const [before, setBefore] = useState<number[] | null>(null);
  const [after, setAfter] = useState<number[] | null>(null);
  const [timing, setTiming] = useState<{ last: number; encoder: number; head: number; updates: number; loadMs: number } | null>(null);
  const ctx = useRef<{ models: OcclusionModels; base: Float32Array; head: HeadInputs } | null>(null);
  const queue = useRef<{ running: boolean; next: Stroke[] | null }>({ running: false, next: null });

  useEffect(() => {
    const img = new window.Image();
    img.onload = () => setPhoto(img);
    img.src = `/api/images/${image.sha256}`;
    return () => {
      img.onload = null;
    };
  }, [image.sha256]);

  // Models + base tensor + the unmasked ("before") score, once the server's inputs are here.
  const ready = inputs.data && (pixels.data || pixels.isError);
  useEffect(() => {
    if (!ready || !inputs.data) return;
    let cancelled = false;
    (async () => {
      const d = inputs.data;
      const models = await loadOcclusionModels({ encoder: d.files.encoder.sha256, head: d.files.head.sha256 });
      let base: Float32Array;
      if (pixels.data) {
        base = rgbToTensor(fromBase64(pixels.data.rgb));
        setSource("server-crop");
      } else {
        const { rgba, width: w, height: h } = await decodeImage(`/api/images/${image.sha256}`);
        base = rgbaToTensor(rgba, w, h);
        setSource("browser");
      }
      const head: HeadInputs = { text: d.text, textDim: d.textDim, context: d.context };
      const s = await scoreTensor(models, base, head);
      if (cancelled) return;
      ctx.current = { models, base, head };
      setBefore(s.p);
      setAfter(s.p);
      setTiming({ last: s.totalMs, encoder: s.encoderMs, head: s.headMs, updates: 0, loadMs: models.loadMs });
      setState("ready");
    })().catch((e: Error) => {
      if (cancelled) return;
      setError(e.message);
      setState("error");
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, image.sha256]);

  /** Scores the latest strokes; while a run is in flight only the newest request waits. */
  const rescore = useCallback(
    async (list: Stroke[]) => {
      const q = queue.current;
      if (q.running) {
        q.next = list;
        return;
      }
      const c = ctx.current;
      if (!c) return;
      q.running = true;
      try {
        let current: Stroke[] | null = list;
        while (current) {
          q.next = null;
          const t0 = performance.now();
          const mask = rasteriseStrokes(current, image.width, image.height);
          const s = await scoreTensor(c.models, applyMask(c.base, mask), c.head);
          const total = performance.now() - t0;
          if (latest.current.length) setAfter(s.p); // a reset meanwhile wins
          setTiming((t) => ({ last: total, encoder: s.encoderMs, head: s.headMs, updates: (t?.updates ?? 0) + 1, loadMs: t?.loadMs ?? 0 }));
          current = q.next;
        }
      } catch (e) {
        setError((e as Error).message);
      } finally {
        q.running = false;
      }
    },
    [image.width, image.height],
  );

  const point = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>): [number, number] | null => {
    const pos = e.target.getStage()?.getPointerPosition();
    return pos ? [Math.min(1, Math.max(0, pos.x / width)), Math.min(1, Math.max(0, pos.y / height))] : null;
  };
  const onDown = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    const p = point(e);
    if (!p || state !== "ready") return;
    drawing.current = true;
    setStrokes((s) => [...s, { points: [p], radius }]);
  };
  const onMove = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    if (!drawing.current) return;
    const p = point(e);
    if (!p) return;
    setStrokes((s) => {
      const next = s.slice();
      const last = next[next.length - 1];
      next[next.length - 1] = { ...last, points: [...last.points, p] };
      return next;
    });
  };
  const onUp = () => {
    if (!drawing.current) return;
    drawing.current = false;
  };
  // Live while painting: every change asks for a rescore; the queue keeps only the newest.
  const latest = useRef<Stroke[]>([]);
  useEffect(() => {
    latest.current = strokes;
    if (strokes.length && state === "ready") rescore(strokes);
  }, [strokes, state, rescore]);
  const reset = () => {
    setStrokes([]);
    if (before) setAfter(before);
  };

  const crop = useMemo(() => {
    const g = cropGeometry(image.width, image.height);
    return { x: (g.left / g.rw) * width, y: (g.top / g.rh) * height, w: (224 / g.rw) * width, h: (224 / g.rh) * height };
  }, [image.width, image.height, width, height]);
  const stored = inputs.data?.perImageScores?.[image.position] ?? null;
  const maskColour = `rgb(${MEAN_RGB.join(",")})`;
  const order = CATEGORIES.map((c, k) => ({ c, k })).sort((a, b) => (before?.[b.k] ?? 0) - (before?.[a.k] ?? 0));

  return (
    <div
      className="mt-2 rounded border border-indigo-200 bg-indigo-50/40 p-2 text-xs"
      data-testid="occlusion-tool"
      data-state={state}
      data-source={source ?? ""}
      data-strokes={strokes.length}
      data-updates={timing?.updates ?? 0}
      data-last-ms={timing ? timing.last.toFixed(1) : ""}
    >
      <Stage width={width} height={height} onMouseDown={onDown} onMouseMove={onMove} onMouseUp={onUp} onMouseLeave={onUp} onTouchStart={onDown} onTouchMove={onMove} onTouchEnd={onUp} className="cursor-crosshair" data-testid="occlusion-stage">
        <Layer listening={false}>{photo && <KImage image={photo} width={width} height={height} />}</Layer>
        <Layer name="occlusion-brush" listening={false}>
          {strokes.map((s, i) => (
            <Line
              key={i}
              points={s.points.flatMap(([u, v]) => [u * width, v * height])}
              stroke={maskColour}
              strokeWidth={2 * s.radius * width}
              lineCap="round"
              lineJoin="round"
              tension={0}
            />
          ))}
          <Rect x={crop.x} y={crop.y} width={crop.w} height={crop.h} stroke="#6366f1" strokeWidth={1} dash={[4, 4]} />
        </Layer>
      </Stage>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-1">
          brush
          <input aria-label="brush size" type="range" min={0.02} max={0.2} step={0.01} value={radius} onChange={(e) => setRadius(Number(e.target.value))} />
        </label>
        <button className="rounded border border-slate-300 bg-white px-2 py-0.5" onClick={reset} data-testid="occlusion-reset">
          reset
        </button>
        <span className="text-slate-500">
          {state === "loading"
            ? "loading the model in the browser…"
            : state === "error"
              ? `failed: ${error}`
              : `in-browser (wasm): ${timing?.last.toFixed(0)} ms per update · dashed: what the model sees`}
        </span>
      </div>
      {state === "ready" && (
        <table className="mt-2 w-full tabular-nums" data-testid="occlusion-scores">
          <thead className="text-slate-500">
            <tr>
              <th className="text-left font-normal">category</th>
              <th className="text-right font-normal">stored</th>
              <th className="text-right font-normal">before → after</th>
            </tr>
          </thead>
          <tbody>
            {order.map(({ c, k }) => {
              const b = before?.[k];
              const a = after?.[k];
              const moved = b != null && a != null && Math.abs(a - b) >= 0.001;
              return (
                <tr key={c} data-testid="occlusion-row" data-category={c} data-stored={stored?.[c] ?? ""} data-before={b ?? ""} data-after={a ?? ""}>
                  <td>{c}</td>
                  <td className="text-right text-slate-500">{fmt(stored?.[c])}</td>
                  <td className={`text-right ${moved ? "font-semibold text-indigo-800" : ""}`}>
                    {fmt(b)} → {fmt(a)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {inputs.data && inputs.data.scoredWith && inputs.data.scoredWith !== inputs.data.servedModel && (
        <p className="mt-1 text-amber-700" data-testid="occlusion-model-changed">
          The stored scores came from {inputs.data.scoredWith}; the browser runs {inputs.data.servedModel}, so “before” can differ from “stored”.
        </p>
      )}
      {source === "browser" && <p className="mt-1 text-amber-700">Using the browser&apos;s own resize (the server crop was unavailable): scores can differ from the stored ones by a few points.</p>}
    </div>
  );
}
