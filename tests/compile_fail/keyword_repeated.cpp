// Python: SyntaxError: keyword argument repeated: mask.
// expect: keyword argument repeated | Attention | forward | mask
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
  return forward(3, kw<"mask"> = 1, kw<"mask"> = 2);
#else
  return forward(3, kw<"mask"> = 1, kw<"bias"> = 2);
#endif
}
