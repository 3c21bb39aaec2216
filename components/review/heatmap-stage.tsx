"use client";
/**
 * One listing image on a Konva stage with its Grad-CAM overlay: the stored w×h grid (7×7) is
 * upsampled bilinearly into a small canvas, coloured, and drawn with smoothing over the centred
 * square the encoder saw.
 * The overlay node keeps the stored grid as attributes (gridValues/gridW/gridH/category), so tests
 * read what is drawn from the stage instead of pixels. Wheel zooms around the pointer; drag pans.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { Image as KImage, Layer, Stage } from "react-konva";
import type Konva from "konva";

export interface Grid {
  w: number;
  h: number;
  values: number[];
  max: number;
}

export interface HeatmapStageProps {
  src: string;
  imageWidth: number;
  imageHeight: number;
  width: number;
  grid: Grid | null;
  category: string | null;
  opacity: number;
  visible: boolean;
  imageKey: string;
  resetSignal?: number;
}

/** Blue → cyan → yellow → red; transparent where the model did not look. */
function colour(v: number): [number, number, number, number] {
  const x = Math.max(0, Math.min(1, v));
  const r = Math.round(255 * Math.min(1, Math.max(0, 1.5 - Math.abs(4 * x - 3))));
  const g = Math.round(255 * Math.min(1, Math.max(0, 1.5 - Math.abs(4 * x - 2))));
  const b = Math.round(255 * Math.min(1, Math.max(0, 1.5 - Math.abs(4 * x - 1))));
  return [r, g, b, Math.round(255 * Math.min(1, x * 1.3))];
}

/** Bilinear upsampling between cell centres (clamped at the edges). */
export function upsample(grid: Grid, outW: number, outH: number): Float32Array {
  const out = new Float32Array(outW * outH);
  for (let y = 0; y < outH; y++) {
    const gy = Math.min(grid.h - 1, Math.max(0, ((y + 0.5) / outH) * grid.h - 0.5));
    const y0 = Math.floor(gy);
    const y1 = Math.min(grid.h - 1, y0 + 1);
    const fy = gy - y0;
    for (let x = 0; x < outW; x++) {
      const gx = Math.min(grid.w - 1, Math.max(0, ((x + 0.5) / outW) * grid.w - 0.5));
      const x0 = Math.floor(gx);
      const x1 = Math.min(grid.w - 1, x0 + 1);
      const fx = gx - x0;
      const v = (a: number, b: number) => grid.values[a * grid.w + b] ?? 0;
      out[y * outW + x] = (v(y0, x0) * (1 - fx) + v(y0, x1) * fx) * (1 - fy) + (v(y1, x0) * (1 - fx) + v(y1, x1) * fx) * fy;
    }
  }
  return out;
}

function heatCanvas(grid: Grid): HTMLCanvasElement {
  const size = 112;
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext("2d")!;
  const img = ctx.createImageData(size, size);
  const up = upsample(grid, size, size);
  for (let i = 0; i < up.length; i++) img.data.set(colour(up[i]), i * 4);
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/**
 * The part of the photo the model saw: the encoder takes a centred square crop (server/image/
 * preprocess.ts, mode "crop"), so the 7×7 grid belongs over that square, not the whole photo.
 */
export function seenRegion(imageWidth: number, imageHeight: number, stageWidth: number) {
  const scale = stageWidth / Math.max(1, imageWidth);
  const side = Math.min(imageWidth, imageHeight) * scale;
  return { x: ((imageWidth * scale) - side) / 2, y: ((imageHeight * scale) - side) / 2, side };
}

export default function HeatmapStage(props: HeatmapStageProps) {
  const { src, imageWidth, imageHeight, width, grid, category, opacity, visible } = props;
  const height = Math.round((width * imageHeight) / Math.max(1, imageWidth));
  const seen = seenRegion(imageWidth, imageHeight, width);
  const [photo, setPhoto] = useState<HTMLImageElement | null>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const overlay = useMemo(() => (grid && typeof document !== "undefined" ? heatCanvas(grid) : null), [grid]);

  useEffect(() => {
    const img = new window.Image();
    img.onload = () => setPhoto(img);
    img.src = src;
    return () => {
      img.onload = null;
    };
  }, [src]);

  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    stage.scale({ x: 1, y: 1 });
    stage.position({ x: 0, y: 0 });
  }, [props.resetSignal]);

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const stage = stageRef.current;
    const pointer = stage?.getPointerPosition();
    if (!stage || !pointer) return;
    const old = stage.scaleX();
    const next = Math.min(8, Math.max(1, e.evt.deltaY < 0 ? old * 1.15 : old / 1.15));
    const anchor = { x: (pointer.x - stage.x()) / old, y: (pointer.y - stage.y()) / old };
    stage.scale({ x: next, y: next });
    stage.position({ x: pointer.x - anchor.x * next, y: pointer.y - anchor.y * next });
  };

  return (
    <Stage ref={stageRef} width={width} height={height} draggable onWheel={onWheel} className="cursor-grab">
      <Layer name="photo-layer" listening={false}>
        {photo && <KImage name="photo" image={photo} width={width} height={height} />}
      </Layer>
      {grid && overlay && (
        <Layer name="heatmap-layer" visible={visible} opacity={opacity} listening={false}>
          <KImage
            name="heatmap"
            image={overlay}
            x={seen.x}
            y={seen.y}
            width={seen.side}
            height={seen.side}
            gridValues={grid.values}
            gridW={grid.w}
            gridH={grid.h}
            gridMax={grid.max}
            category={category}
          />
        </Layer>
      )}
    </Stage>
  );
}
