#include "textflag.h"

// func packedScoreSSE2(slots *packedSlot, fs []uint64, rowMask, shift, slotMask uint64, scale float32, out *[8]float32)
//
// For each feature: its row is f & rowMask, its home slot row >> shift; the
// probe goes on (& slotMask) to an empty slot (first int16 -32768: a miss)
// or to the slot whose low 16 bits are the row's (a hit). A hit's eight
// int16s (seven weights and the low bits) are widened to int32 (unpack
// with themselves, shift right arithmetic by 16), converted to float32,
// multiplied by scale and added to eight sums; the eighth is never read.
TEXT ·packedScoreSSE2(SB), NOSPLIT, $0-72
	MOVQ  slots+0(FP), SI
	MOVQ  fs_base+8(FP), DI
	MOVQ  fs_len+16(FP), R10
	MOVQ  rowMask+32(FP), R8
	MOVQ  shift+40(FP), CX
	MOVQ  slotMask+48(FP), R13
	MOVSS scale+56(FP), X7
	SHUFPS $0, X7, X7
	XORPS X0, X0
	XORPS X1, X1

	// first touch every feature's home slot, so that the cache misses of
	// all of them overlap instead of each waiting on the probe before it
	MOVQ DI, R9
	MOVQ R10, DX

prefetch:
	TESTQ     DX, DX
	JZ        loop
	MOVQ      (R9), AX
	ANDQ      R8, AX
	SHRQ      CX, AX
	SHLQ      $4, AX
	PREFETCHT0 (SI)(AX*1)
	ADDQ      $8, R9
	DECQ      DX
	JMP       prefetch

loop:
	TESTQ R10, R10
	JZ    done
	MOVQ  (DI), AX
	ANDQ  R8, AX
	MOVQ  AX, BX
	SHRQ  CX, BX

probe:
	MOVQ    BX, DX
	SHLQ    $4, DX
	MOVWLZX (SI)(DX*1), R11
	CMPL    R11, $0x8000
	JEQ     next
	MOVWLZX 14(SI)(DX*1), R12
	CMPW    R12, AX
	JEQ     hit
	INCQ    BX
	ANDQ    R13, BX
	JMP     probe

hit:
	MOVOU     (SI)(DX*1), X2
	MOVO      X2, X3
	PUNPCKLWL X2, X2
	PSRAL     $16, X2
	PUNPCKHWL X3, X3
	PSRAL     $16, X3
	CVTPL2PS  X2, X2
	CVTPL2PS  X3, X3
	MULPS     X7, X2
	MULPS     X7, X3
	ADDPS     X2, X0
	ADDPS     X3, X1

next:
	ADDQ $8, DI
	DECQ R10
	JMP  loop

done:
	MOVQ   out+64(FP), AX
	MOVUPS X0, (AX)
	MOVUPS X1, 16(AX)
	RET
