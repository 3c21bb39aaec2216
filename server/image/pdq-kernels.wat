;; PDQ's pixel loops in WebAssembly (server/image/pdq.ts drives them; quality, DCT and bits stay
;; in TypeScript). Every value is float32 and every operation the reference C++ does is done here
;; in its order, with IEEE float32 instructions: the hash stays bit-identical to Meta's tool.
;; Compiled by `npm run wasm` into pdq-kernels-binary.ts; a test checks the two agree.
;;
;; Memory is the caller's: it places float buffers, column sums, column offsets and one source
;; row, and grows the memory when a row does not fit.
(module
  (memory (export "memory") 48)

  ;; One output row of luma: dst[j] = 0.299 R + 0.587 G + 0.114 B of the pixel at byte offset
  ;; cols[j] in the source row (float32, multiplied and added in that order), or the grey value
  ;; itself when the image has one or two channels.
  (func (export "lumaRow") (param $src i32) (param $cols i32) (param $n i32) (param $channels i32) (param $dst i32)
    (local $end i32) (local $p i32)
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 2))))
    (if (i32.ge_u (local.get $channels) (i32.const 3))
      (then
        (block $done (loop $each
          (br_if $done (i32.ge_u (local.get $dst) (local.get $end)))
          (local.set $p (i32.add (local.get $src) (i32.load (local.get $cols))))
          (f32.store (local.get $dst)
            (f32.add
              (f32.add
                (f32.mul (f32.const 0.299) (f32.convert_i32_u (i32.load8_u (local.get $p))))
                (f32.mul (f32.const 0.587) (f32.convert_i32_u (i32.load8_u offset=1 (local.get $p)))))
              (f32.mul (f32.const 0.114) (f32.convert_i32_u (i32.load8_u offset=2 (local.get $p))))))
          (local.set $cols (i32.add (local.get $cols) (i32.const 4)))
          (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
          (br $each))))
      (else
        (block $done (loop $each
          (br_if $done (i32.ge_u (local.get $dst) (local.get $end)))
          (f32.store (local.get $dst) (f32.convert_i32_u (i32.load8_u (i32.add (local.get $src) (i32.load (local.get $cols))))))
          (local.set $cols (i32.add (local.get $cols) (i32.const 4)))
          (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
          (br $each))))))

  ;; Box filter down every column (reference box1DFloat, stride = row): running f32 sums, four columns per step.
  (func (export "colsPass") (param $in i32) (param $out i32) (param $sums i32) (param $rows i32) (param $cols i32) (param $win i32)
    (local $half i32) (local $total i32) (local $k i32) (local $r i32) (local $l i32) (local $o i32)
    (local $size f32) (local $add i32) (local $sub i32) (local $emit i32) (local $j i32) (local $rowBytes i32)
    (local $rb i32) (local $lb i32) (local $ob i32) (local $simdEnd i32) (local $s v128) (local $sz v128) (local $x f32)
    (local.set $half (i32.div_u (i32.add (local.get $win) (i32.const 2)) (i32.const 2)))
    (local.set $total (i32.add (local.get $rows) (i32.sub (local.get $half) (i32.const 1))))
    (local.set $rowBytes (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $simdEnd (i32.and (local.get $rowBytes) (i32.const -16)))
    (memory.fill (local.get $sums) (i32.const 0) (local.get $rowBytes))
    (block $done
      (loop $rowsLoop
        (br_if $done (i32.ge_u (local.get $k) (local.get $total)))
        (local.set $add (i32.lt_u (local.get $k) (local.get $rows)))
        (local.set $sub (i32.ge_u (local.get $k) (local.get $win)))
        (local.set $emit (i32.ge_u (local.get $k) (i32.sub (local.get $half) (i32.const 1))))
        (if (i32.and (local.get $add) (i32.eqz (local.get $sub))) (then (local.set $size (f32.add (local.get $size) (f32.const 1)))))
        (if (i32.and (local.get $sub) (i32.eqz (local.get $add))) (then (local.set $size (f32.sub (local.get $size) (f32.const 1)))))
        (local.set $rb (i32.add (local.get $in) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $lb (i32.add (local.get $in) (i32.mul (local.get $l) (local.get $rowBytes))))
        (local.set $ob (i32.add (local.get $out) (i32.mul (local.get $o) (local.get $rowBytes))))
        (local.set $sz (f32x4.splat (local.get $size)))
        (local.set $j (i32.const 0))
        (block $simdDone
          (loop $simd
            (br_if $simdDone (i32.ge_u (local.get $j) (local.get $simdEnd)))
            (local.set $s (v128.load (i32.add (local.get $sums) (local.get $j))))
            (if (local.get $add) (then (local.set $s (f32x4.add (local.get $s) (v128.load (i32.add (local.get $rb) (local.get $j)))))))
            (if (local.get $sub) (then (local.set $s (f32x4.sub (local.get $s) (v128.load (i32.add (local.get $lb) (local.get $j)))))))
            (v128.store (i32.add (local.get $sums) (local.get $j)) (local.get $s))
            (if (local.get $emit) (then (v128.store (i32.add (local.get $ob) (local.get $j)) (f32x4.div (local.get $s) (local.get $sz)))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $simd)))
        (block $tailDone
          (loop $tail
            (br_if $tailDone (i32.ge_u (local.get $j) (local.get $rowBytes)))
            (local.set $x (f32.load (i32.add (local.get $sums) (local.get $j))))
            (if (local.get $add) (then (local.set $x (f32.add (local.get $x) (f32.load (i32.add (local.get $rb) (local.get $j)))))))
            (if (local.get $sub) (then (local.set $x (f32.sub (local.get $x) (f32.load (i32.add (local.get $lb) (local.get $j)))))))
            (f32.store (i32.add (local.get $sums) (local.get $j)) (local.get $x))
            (if (local.get $emit) (then (f32.store (i32.add (local.get $ob) (local.get $j)) (f32.div (local.get $x) (local.get $size)))))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $tail)))
        (if (local.get $add) (then (local.set $r (i32.add (local.get $r) (i32.const 1)))))
        (if (local.get $sub) (then (local.set $l (i32.add (local.get $l) (i32.const 1)))))
        (if (local.get $emit) (then (local.set $o (i32.add (local.get $o) (i32.const 1)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $rowsLoop)))
  )

  ;; Box filter along every row (reference box1DFloat, stride 1): one running f32 sum per row.
  ;; A sum is a serial chain of dependent float adds, so four rows are filtered side by side
  ;; (independent chains the CPU overlaps); rows past the last multiple of four go one at a time.
  (func (export "rowsPass") (param $in i32) (param $out i32) (param $rows i32) (param $cols i32) (param $win i32)
    (local $half i32) (local $p1 i32) (local $p2 i32) (local $p3 i32) (local $rowBytes i32) (local $row i32)
    (local $lanes i32) (local $o1 i32) (local $o2 i32) (local $o3 i32)
    (local $ri i32) (local $li i32) (local $oi i32) (local $end i32) (local $size f32)
    (local $s0 f32) (local $s1 f32) (local $s2 f32) (local $s3 f32)
    (local.set $half (i32.div_u (i32.add (local.get $win) (i32.const 2)) (i32.const 2)))
    (local.set $p1 (i32.shl (i32.sub (local.get $half) (i32.const 1)) (i32.const 2)))
    (local.set $p2 (i32.shl (i32.add (i32.sub (local.get $win) (local.get $half)) (i32.const 1)) (i32.const 2)))
    (local.set $p3 (i32.shl (i32.sub (local.get $cols) (local.get $win)) (i32.const 2)))
    (local.set $rowBytes (i32.shl (local.get $cols) (i32.const 2)))
    (block $rowsDone
      (loop $eachBlock
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        ;; four rows at once while four remain, else one (the other lanes repeat row 0's work harmlessly)
        (local.set $lanes (select (i32.const 4) (i32.const 1) (i32.le_u (i32.add (local.get $row) (i32.const 4)) (local.get $rows))))
        (local.set $o1 (select (local.get $rowBytes) (i32.const 0) (i32.eq (local.get $lanes) (i32.const 4))))
        (local.set $o2 (i32.shl (local.get $o1) (i32.const 1)))
        (local.set $o3 (i32.add (local.get $o2) (local.get $o1)))
        (local.set $ri (i32.add (local.get $in) (i32.mul (local.get $row) (local.get $rowBytes))))
        (local.set $li (local.get $ri))
        (local.set $oi (i32.add (local.get $out) (i32.mul (local.get $row) (local.get $rowBytes))))
        (local.set $s0 (f32.const 0)) (local.set $s1 (f32.const 0)) (local.set $s2 (f32.const 0)) (local.set $s3 (f32.const 0))
        (local.set $size (f32.const 0))
        ;; phase 1: fill the leading half window
        (local.set $end (i32.add (local.get $ri) (local.get $p1)))
        (block $d1 (loop $l1
          (br_if $d1 (i32.ge_u (local.get $ri) (local.get $end)))
          (local.set $s0 (f32.add (local.get $s0) (f32.load (local.get $ri))))
          (local.set $s1 (f32.add (local.get $s1) (f32.load (i32.add (local.get $ri) (local.get $o1)))))
          (local.set $s2 (f32.add (local.get $s2) (f32.load (i32.add (local.get $ri) (local.get $o2)))))
          (local.set $s3 (f32.add (local.get $s3) (f32.load (i32.add (local.get $ri) (local.get $o3)))))
          (local.set $size (f32.add (local.get $size) (f32.const 1)))
          (local.set $ri (i32.add (local.get $ri) (i32.const 4)))
          (br $l1)))
        ;; phase 2: growing window, emitting
        (local.set $end (i32.add (local.get $ri) (local.get $p2)))
        (block $d2 (loop $l2
          (br_if $d2 (i32.ge_u (local.get $ri) (local.get $end)))
          (local.set $s0 (f32.add (local.get $s0) (f32.load (local.get $ri))))
          (local.set $s1 (f32.add (local.get $s1) (f32.load (i32.add (local.get $ri) (local.get $o1)))))
          (local.set $s2 (f32.add (local.get $s2) (f32.load (i32.add (local.get $ri) (local.get $o2)))))
          (local.set $s3 (f32.add (local.get $s3) (f32.load (i32.add (local.get $ri) (local.get $o3)))))
          (local.set $size (f32.add (local.get $size) (f32.const 1)))
          (f32.store (local.get $oi) (f32.div (local.get $s0) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o1)) (f32.div (local.get $s1) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o2)) (f32.div (local.get $s2) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o3)) (f32.div (local.get $s3) (local.get $size)))
          (local.set $ri (i32.add (local.get $ri) (i32.const 4)))
          (local.set $oi (i32.add (local.get $oi) (i32.const 4)))
          (br $l2)))
        ;; phase 3: the full window slides
        (local.set $end (i32.add (local.get $ri) (local.get $p3)))
        (block $d3 (loop $l3
          (br_if $d3 (i32.ge_u (local.get $ri) (local.get $end)))
          (local.set $s0 (f32.sub (f32.add (local.get $s0) (f32.load (local.get $ri))) (f32.load (local.get $li))))
          (local.set $s1 (f32.sub (f32.add (local.get $s1) (f32.load (i32.add (local.get $ri) (local.get $o1)))) (f32.load (i32.add (local.get $li) (local.get $o1)))))
          (local.set $s2 (f32.sub (f32.add (local.get $s2) (f32.load (i32.add (local.get $ri) (local.get $o2)))) (f32.load (i32.add (local.get $li) (local.get $o2)))))
          (local.set $s3 (f32.sub (f32.add (local.get $s3) (f32.load (i32.add (local.get $ri) (local.get $o3)))) (f32.load (i32.add (local.get $li) (local.get $o3)))))
          (f32.store (local.get $oi) (f32.div (local.get $s0) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o1)) (f32.div (local.get $s1) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o2)) (f32.div (local.get $s2) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o3)) (f32.div (local.get $s3) (local.get $size)))
          (local.set $ri (i32.add (local.get $ri) (i32.const 4)))
          (local.set $li (i32.add (local.get $li) (i32.const 4)))
          (local.set $oi (i32.add (local.get $oi) (i32.const 4)))
          (br $l3)))
        ;; phase 4: shrinking window
        (local.set $end (i32.add (local.get $li) (local.get $p1)))
        (block $d4 (loop $l4
          (br_if $d4 (i32.ge_u (local.get $li) (local.get $end)))
          (local.set $s0 (f32.sub (local.get $s0) (f32.load (local.get $li))))
          (local.set $s1 (f32.sub (local.get $s1) (f32.load (i32.add (local.get $li) (local.get $o1)))))
          (local.set $s2 (f32.sub (local.get $s2) (f32.load (i32.add (local.get $li) (local.get $o2)))))
          (local.set $s3 (f32.sub (local.get $s3) (f32.load (i32.add (local.get $li) (local.get $o3)))))
          (local.set $size (f32.sub (local.get $size) (f32.const 1)))
          (f32.store (local.get $oi) (f32.div (local.get $s0) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o1)) (f32.div (local.get $s1) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o2)) (f32.div (local.get $s2) (local.get $size)))
          (f32.store (i32.add (local.get $oi) (local.get $o3)) (f32.div (local.get $s3) (local.get $size)))
          (local.set $li (i32.add (local.get $li) (i32.const 4)))
          (local.set $oi (i32.add (local.get $oi) (i32.const 4)))
          (br $l4)))
        (local.set $row (i32.add (local.get $row) (local.get $lanes)))
        (br $eachBlock)))
  )
)
