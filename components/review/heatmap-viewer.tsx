"use client";
/**
 * An image with its Grad-CAM overlay and the controls for it (category, opacity, toggle, zoom
 * reset). Konva needs the browser, so the stage is loaded without server rendering. Wellness:
 * images are blurred until revealed (hover, or the w key for all of them).
 */
import dynamic from "next/dynamic";
import { useState } from "react";
import type { Grid } from "./heatmap-stage";

const HeatmapStage = dynamic(() => import("./heatmap-stage"), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded bg-slate-100" />,
});

const OcclusionTool = dynamic(() => import("./occlusion-tool"), {
  ssr: false,
  loading: () => <div className="mt-2 h-24 w-full animate-pulse rounded bg-indigo-50" />,
});

export interface ViewerImage {
  sha256: string;
  width: number;
  height: number;
  position: number;
}

export function HeatmapViewer(props: {
  image: ViewerImage;
  grids: Partial<Record<string, Grid>> | null;
  defaultCategory: string | null;
  visible: boolean;
  revealed: boolean;
  width?: number;
  /** When set, an "Occlude" toggle opens the in-browser occlusion tool for this item's image. */
  itemId?: string;
}) {
  const { image, grids } = props;
  const categories = grids ? Object.keys(grids).filter((c) => grids[c]) : [];
  const [category, setCategory] = useState<string | null>(
    props.defaultCategory && categories.includes(props.defaultCategory) ? props.defaultCategory : (categories[0] ?? null),
  );
  const [opacity, setOpacity] = useState(0.5);
  const [hover, setHover] = useState(false);
  const [reset, setReset] = useState(0);
  const [occlude, setOcclude] = useState(false);
  const grid = category && grids ? (grids[category] ?? null) : null;
  const revealed = props.revealed || hover;
  return (
    <figure className="rounded border border-slate-200 bg-white p-2" data-testid="image-viewer" data-sha256={image.sha256}>
      <div
        className="overflow-hidden rounded transition-[filter]"
        style={{ filter: revealed ? "none" : "blur(14px)" }}
        data-testid="image-blur"
        data-revealed={revealed ? "true" : "false"}
        onMouseEnter={() => setHover(true)}
        onMouseLeave={() => setHover(false)}
      >
        <HeatmapStage
          src={`/api/images/${image.sha256}`}
          imageKey={image.sha256}
          imageWidth={image.width}
          imageHeight={image.height}
          width={props.width ?? 420}
          grid={grid}
          category={category}
          opacity={opacity}
          visible={props.visible}
          resetSignal={reset}
        />
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center gap-3 text-xs text-slate-600">
        {categories.length ? (
          <>
            <label className="flex items-center gap-1">
              heatmap
              <select aria-label="heatmap category" className="rounded border border-slate-300 px-1 py-0.5" value={category ?? ""} onChange={(e) => setCategory(e.target.value)}>
                {categories.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex items-center gap-1">
              opacity
              <input aria-label="heatmap opacity" type="range" min={0} max={1} step={0.05} value={opacity} onChange={(e) => setOpacity(Number(e.target.value))} />
            </label>
            <span>{props.visible ? "shown" : "hidden"} (h)</span>
          </>
        ) : (
          <span className="text-slate-500" data-testid="no-heatmap">
            No Grad-CAM stored for this image (the model did not run, or no category scored above 5%).
          </span>
        )}
        <button className="underline" onClick={() => setReset((r) => r + 1)}>
          reset zoom
        </button>
        <span className="text-slate-400">wheel: zoom · drag: pan</span>
        {props.itemId && (
          <button className="underline" onClick={() => setOcclude((v) => !v)} aria-pressed={occlude} data-testid="occlude-toggle">
            {occlude ? "close occlusion" : "Occlude"}
          </button>
        )}
      </figcaption>
      {occlude && props.itemId && <OcclusionTool itemId={props.itemId} image={image} width={props.width ?? 420} />}
    </figure>
  );
}
