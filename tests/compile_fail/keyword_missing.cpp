// Python would take forward(3, bias=1) with a default for mask; C++ can leave out trailing arguments only, so a parameter before a given keyword is required (Python without a default: missing 1 required positional argument: 'mask').
// expect: missing required argument | Attention | forward | mask
#include <descr/descr.hpp>

struct Attention : descr::object<Attention,
    descr::field<"scale", int>,
    descr::attr<"forward", descr::function{descr::params<"self", "hidden_states", "mask", "bias">(
        [](auto& self, int hidden_states, int mask, int bias = 0) {
          return descr::getattr<"scale">(self) * hidden_states + mask + bias;
        })}>> {};

int main() {
  using descr::kw;
  Attention attn;
  auto forward = descr::getattr<"forward">(attn);
#ifdef DESCR_FAIL
  return forward(3, kw<"bias"> = 1);
#else
  return forward(3, 0, kw<"bias"> = 1);
#endif
}
