package main

import (
	"encoding/binary"
	"errors"
	"net"
	"strings"
	"sync"
	"sync/atomic"
)

// boltProxy is a TCP proxy on loopback between an API server and Neo4j that
// counts what the server asks of the database, the same way for newsgraph
// (Go driver) and the peer (JavaScript driver). It parses only Bolt's
// framing: after the 20-byte handshake, a message is a run of chunks (a
// two-byte big-endian length and that many bytes) closed by an empty chunk,
// and the second byte of a message is its signature (0x10 RUN, 0x11 BEGIN,
// 0x12 COMMIT, 0x3F PULL, ...). It counts messages by signature, and round
// trips: each time the database answers after the client has sent
// something, which is how many times a client waits on the network however
// many messages it pipelines.
type boltProxy struct {
	ln       net.Listener
	target   string
	bySig    [256]atomic.Int64
	trips    atomic.Int64
	conns    atomic.Int64
	wg       sync.WaitGroup
	mu       sync.Mutex
	open     map[net.Conn]struct{}
	shutdown atomic.Bool
}

// Bolt message signatures that the report names.
const (
	sigRun      = 0x10
	sigBegin    = 0x11
	sigCommit   = 0x12
	sigRollback = 0x13
	sigPull     = 0x3F
	sigReset    = 0x0F
	sigHello    = 0x01
	sigLogon    = 0x6A
	sigRoute    = 0x66
)

func startBoltProxy(target string) (*boltProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &boltProxy{ln: ln, target: target, open: map[net.Conn]struct{}{}}
	p.wg.Add(1)
	go p.accept()
	return p, nil
}

// Addr is host:port of the proxy.
func (p *boltProxy) Addr() string { return p.ln.Addr().String() }

func (p *boltProxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.conns.Add(1)
		p.mu.Lock()
		p.open[c], p.open[s] = struct{}{}, struct{}{}
		p.mu.Unlock()
		var pending atomic.Bool  // the client sent something the server has not answered
		var manifest atomic.Bool // the server answered the handshake with a manifest
		p.wg.Add(2)
		go func() {
			defer p.wg.Done()
			p.clientToServer(c, s, &pending, &manifest)
			s.(*net.TCPConn).CloseWrite()
		}()
		go func() {
			defer p.wg.Done()
			p.serverToClient(s, c, &pending, &manifest)
			c.Close()
			s.Close()
		}()
	}
}

func (p *boltProxy) clientToServer(c, s net.Conn, pending *atomic.Bool, manifest *atomic.Bool) {
	// Bytes are forwarded as they come, never held back for parsing, so the
	// proxy keeps the client's pipelining and timing as they were; a copy
	// goes through the parser.
	ps := &boltParser{count: func(sig byte) { p.bySig[sig].Add(1) }, manifest: manifest}
	buf := make([]byte, 64<<10)
	for {
		n, err := c.Read(buf)
		if n > 0 {
			pending.Store(true)
			if _, werr := s.Write(buf[:n]); werr != nil {
				return
			}
			ps.feed(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

// boltParser follows the client side of a Bolt connection byte by byte.
type boltParser struct {
	count    func(sig byte)
	manifest *atomic.Bool // the server answered the handshake with a manifest (Bolt 5.7+)
	state    int          // 0 handshake, 4 after it, 1 manifest reply, 2 chunk header, 3 chunk body
	need     int          // bytes left in the current state
	hdr      [2]byte
	hdrN     int
	first    bool // the next chunk starts a message
	msgPos   int  // position within the message's first chunk
}

func (b *boltParser) feed(data []byte) {
	for len(data) > 0 {
		switch b.state {
		case 0: // magic and four proposed versions
			if b.need == 0 {
				b.need = 20
			}
			k := min(b.need, len(data))
			b.need -= k
			data = data[k:]
			if b.need == 0 {
				b.state = 4
			}
		case 4:
			// The client speaks again only after the server answered the
			// handshake, so by now we know whether that was a manifest.
			b.state, b.first = 2, true
			if b.manifest != nil && b.manifest.Load() {
				b.state, b.need = 1, 4
			}
		case 1: // the chosen version (4 bytes), then capabilities as a varint
			if b.need > 0 {
				k := min(b.need, len(data))
				b.need -= k
				data = data[k:]
				continue
			}
			last := data[0]&0x80 == 0
			data = data[1:]
			if last {
				b.state, b.first = 2, true
			}
		case 2:
			b.hdr[b.hdrN] = data[0]
			b.hdrN++
			data = data[1:]
			if b.hdrN == 2 {
				b.hdrN = 0
				size := int(binary.BigEndian.Uint16(b.hdr[:]))
				if size == 0 {
					b.first, b.msgPos = true, 0 // end of message (or a keep-alive)
				} else {
					b.state, b.need = 3, size
				}
			}
		case 3:
			k := min(b.need, len(data))
			if b.first {
				for i := 0; i < k; i++ {
					if b.msgPos+i == 1 {
						b.count(data[i]) // the byte after the struct marker
					}
				}
				b.msgPos += k
			}
			b.need -= k
			data = data[k:]
			if b.need == 0 {
				b.state = 2
				if b.msgPos >= 2 {
					b.first = false
				}
			}
		}
	}
}

func (p *boltProxy) serverToClient(s, c net.Conn, pending *atomic.Bool, manifest *atomic.Bool) {
	buf := make([]byte, 64<<10)
	var head []byte // the first four bytes: the server's handshake answer
	for {
		n, err := s.Read(buf)
		if n > 0 {
			if len(head) < 4 {
				head = append(head, buf[:min(n, 4-len(head))]...)
				if len(head) == 4 && binary.BigEndian.Uint32(head) == 0x000001FF {
					manifest.Store(true)
				}
			}
			if pending.CompareAndSwap(true, false) {
				p.trips.Add(1)
			}
			if _, werr := c.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// boltCounts is a snapshot of the proxy's counters.
type boltCounts struct {
	Run, Begin, Commit, Rollback, Pull, Reset, Hello, Route, Other int64
	RoundTrips, Connections                                        int64
}

func (p *boltProxy) snapshot() boltCounts {
	var c boltCounts
	counter := map[int]*int64{
		sigRun: &c.Run, sigBegin: &c.Begin, sigCommit: &c.Commit, sigRollback: &c.Rollback, sigPull: &c.Pull,
		sigReset: &c.Reset, sigHello: &c.Hello, sigLogon: &c.Hello, sigRoute: &c.Route,
	}
	for sig := range p.bySig {
		if f, ok := counter[sig]; ok {
			*f += p.bySig[sig].Load()
		} else {
			c.Other += p.bySig[sig].Load()
		}
	}
	c.RoundTrips = p.trips.Load()
	c.Connections = p.conns.Load()
	return c
}

func (a boltCounts) minus(b boltCounts) boltCounts {
	return boltCounts{
		Run: a.Run - b.Run, Begin: a.Begin - b.Begin, Commit: a.Commit - b.Commit, Rollback: a.Rollback - b.Rollback,
		Pull: a.Pull - b.Pull, Reset: a.Reset - b.Reset, Hello: a.Hello - b.Hello, Route: a.Route - b.Route,
		Other: a.Other - b.Other, RoundTrips: a.RoundTrips - b.RoundTrips, Connections: a.Connections - b.Connections,
	}
}

func (p *boltProxy) Close() error {
	p.shutdown.Store(true)
	err := p.ln.Close()
	p.mu.Lock()
	for c := range p.open {
		c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
	if errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}

// hostPort turns a bolt:// or neo4j:// URI into host:port.
func hostPort(uri string) string {
	s := uri
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?"); i >= 0 {
		s = s[:i]
	}
	if !strings.Contains(s, ":") {
		s += ":7687"
	}
	return s
}
