#pragma once

#include "common/ParallelBatch.h"

#include <QList>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <memory>
#include <utility>

namespace Core::Common {

// One function run over inputs that arrive one by one (messages off the network): every
// slice of them goes to the pool as soon as it is full, so the other cores work while the
// rest is still arriving. The results come back in the inputs' order.
template <typename Input, typename Result> class ArrivingBatches {
public:
    using Function = std::function<Result(const Input&)>;

    ArrivingBatches(QThreadPool& pool, Function function, qsizetype slice, int priority = 0)
        : m_pool(pool)
        , m_function(std::move(function))
        , m_slice(slice)
        , m_priority(priority)
    {
    }

    void add(Input input)
    {
        m_arriving.append(std::move(input));
        if (m_arriving.size() >= m_slice)
            startArrived();
    }

    // Works on what is left, waits for the rest and gives up every result; once only.
    QList<Result> take()
    {
        startArrived();
        QList<Result> results;
        for (const auto& batch : m_batches)
            results.append(batch->take());
        m_batches.clear();
        return results;
    }

    // Hands the results of every started batch but the newest `kept` to use, in order, and
    // lets go of them: those slices are worked on while the next arrives, and with a caller
    // that keeps up no more than kept + 1 are held. Keeping more lets the pool run on
    // while the oldest slice's last input is still being worked on.
    void takeOlder(const std::function<void(Result&&)>& use, qsizetype kept = 1)
    {
        while (qsizetype(m_batches.size()) > kept)
            takeFirst(use);
    }

    // The same for the batches finished already, without waiting for any.
    void takeFinished(const std::function<void(Result&&)>& use)
    {
        while (!m_batches.empty() && m_batches.front()->isFinished())
            takeFirst(use);
    }

    // The same for every result, once the inputs have all arrived.
    void takeAll(const std::function<void(Result&&)>& use)
    {
        startArrived();
        while (!m_batches.empty())
            takeFirst(use);
    }

private:
    void takeFirst(const std::function<void(Result&&)>& use)
    {
        const std::unique_ptr<ParallelBatch<Result>> first = std::move(m_batches.front());
        m_batches.pop_front();
        for (Result& result : first->take())
            use(std::move(result));
    }

    void startArrived()
    {
        if (!m_arriving.isEmpty())
            m_batches.push_back(std::make_unique<ParallelBatch<Result>>(
                m_pool, std::exchange(m_arriving, {}), m_function, m_priority));
    }

    QThreadPool& m_pool;
    Function m_function;
    qsizetype m_slice;
    int m_priority;
    QList<Input> m_arriving;
    std::deque<std::unique_ptr<ParallelBatch<Result>>> m_batches;
};

} // namespace Core::Common
